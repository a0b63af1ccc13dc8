export { ProvisionWalletCommand } from './application/commands/provision-wallet/provision-wallet.command.js';
export { SignTypedDataCommand, type TypedDataSignature } from './application/commands/sign-typed-data/sign-typed-data.command.js';
export { RequestWalletRecoveryCommand } from './application/commands/request-wallet-recovery/request-wallet-recovery.command.js';
export { GetWalletRecoveryQuery } from './application/queries/get-wallet-recovery.query.js';
export { FindWalletByAddressQuery, GetWalletQuery } from './application/queries/get-wallet.query.js';
export {
  IdentityOnboardingFailed,
  IdentityRegistered,
  WalletCreated,
  WalletRecovered,
  WalletRecoveryFailed,
  WalletRecoveryRequested,
} from './domain/events/wallet.events.js';
export { TOKEN_TYPED_DATA, tokenDomain, type TokenPrimaryType, type TypedDataRequest } from './domain/typed-data-policy.js';
export type { WalletRecoveryStatus, WalletRecoveryView } from './domain/wallet-recovery.js';
export type { WalletStatus, WalletView } from './domain/wallet.js';
// Last: the module pulls in handlers that import other modules' index files, which import this one (events first keeps that cycle safe).
export { CustodyModule } from './custody.module.js';
