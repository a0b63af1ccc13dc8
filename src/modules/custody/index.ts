export { CustodyModule } from './custody.module.js';
export { SignTypedDataCommand } from './application/commands/sign-typed-data.command.js';
export { ProvisionWalletCommand } from './application/commands/provision-wallet.command.js';
export { FindWalletByAddressQuery, GetWalletQuery } from './application/queries/get-wallet.query.js';
export { IdentityRegistered, WalletCreated } from './domain/events/wallet.events.js';
export type { WalletStatus, WalletView } from './domain/wallet.js';
