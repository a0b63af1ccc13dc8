/**
 * For tests only, offered on purpose (the architecture test lets test/ import it, and nothing in
 * src/): the embedded DynamoDB Local, so a fleet suite can start one engine for several platform
 * processes.
 */
export { DynamoDbLocal } from './infrastructure/dynamodb-local.js';
