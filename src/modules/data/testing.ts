/**
 * For tests only, offered on purpose (the architecture test lets test/ import it, and nothing in
 * src/): the embedded DynamoDB Local, for suites that run one engine as an external service (several
 * platform processes on it, the production profile's boot).
 */
export { DynamoDbLocal } from './infrastructure/dynamodb-local.js';
