/**
 * A customer's custodial wallet: created (key generated and stored encrypted) -> identity_pending
 * (identity deployment and registry registration sent on chain) -> registered (verified in the
 * identity registry, can hold EURT).
 */
export type WalletStatus = 'created' | 'identity_pending' | 'registered';

export interface WalletView {
  customerId: string;
  address: `0x${string}`;
  status: WalletStatus;
  identityAddress?: `0x${string}`;
}
