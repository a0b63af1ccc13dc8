export { ChainModule } from './chain.module.js';
export { SendChainTransactionCommand } from './application/commands/send-chain-transaction.command.js';
export { MintTokensCommand } from './application/commands/mint-tokens.command.js';
export { SignKycClaimCommand, type SignedKycClaim } from './application/commands/sign-kyc-claim.command.js';
export {
  GetChainHeadQuery,
  GetAttestableReserveQuery,
  GetChainTransactionKeyByHashQuery,
  GetChainTransactionQuery,
  GetPlatformContractsQuery,
  ReadContractQuery,
  type PlatformContracts,
} from './application/queries/chain.queries.js';
export { ChainTransactionConfirmed } from './domain/events/chain-transaction-confirmed.event.js';
export { TokenTransferObserved, type TokenTransferObservedPayload } from './domain/events/token-transfer-observed.event.js';
export { ChainTransactionFailed } from './domain/events/chain-transaction-failed.event.js';
export type { ChainTransactionView, ChainTransactionStatus } from './domain/chain-transaction.js';
export * from './contracts/generated/index.js';
