export { TokenizerModule } from './tokenizer.module.js';
export { DepositCompleted, DepositMinting, DepositReturned, DepositSuspended } from './domain/events/deposit.events.js';
export { TopUpCompleted, TopUpDeclined, TopUpReversed } from './domain/events/topup.events.js';
export { TransferCompleted, TransferFailed } from './domain/events/transfer.events.js';
