export { TokenizerModule } from './tokenizer.module.js';
export { DepositCompleted, DepositMinting, DepositSuspended } from './domain/events/deposit.events.js';
export { TransferCompleted, TransferFailed } from './domain/events/transfer.events.js';
