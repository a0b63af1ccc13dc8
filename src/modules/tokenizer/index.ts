export { TokenizerModule } from './tokenizer.module.js';
export { DepositCompleted, DepositMinting, DepositSuspended } from './domain/events/deposit.events.js';
