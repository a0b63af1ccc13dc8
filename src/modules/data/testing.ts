/** For tests that run DynamoDB Local as an external service, the way production runs DynamoDB. */
export { DynamoDbLocal } from './infrastructure/dynamodb-local.js';
