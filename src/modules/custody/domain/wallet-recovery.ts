/**
 * Moving a customer to a new key (lost or compromised key): requested (new key generated and
 * stored encrypted; the wallet is locked against a second recovery) -> submitted (the new key
 * made a management key of the identity, then `token.recoverWallet(lost, new, identity)` sent:
 * the token moves the balance and the registry
 * moves the identity) -> completed (the customer's wallet is the new one); or failed (the
 * transaction reverted, e.g. active holds; the customer keeps the old wallet).
 */
export type WalletRecoveryStatus = 'requested' | 'submitted' | 'completed' | 'failed';

export interface WalletRecoveryView {
  id: string;
  customerId: string;
  status: WalletRecoveryStatus;
  lostAddress: `0x${string}`;
  newAddress: `0x${string}`;
  requestedBy: string;
  error?: string;
  createdAt: string;
  updatedAt: string;
}

export const recoveryKeyOf = (recoveryId: string) => `wallet-recovery:${recoveryId}`;
/** The chain key of the `identity.addKey(newWallet)` sent before the recovery (no handler matches it). */
export const recoveryKeyGrantKeyOf = (recoveryId: string) => `wallet-recovery-key:${recoveryId}`;
export const recoveryIdOfKey = (key: string) => /^wallet-recovery:(.+)$/.exec(key)?.[1];
