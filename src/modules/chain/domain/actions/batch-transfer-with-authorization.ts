import { type ChainAction, tokenAction } from './chain-action.js';
import type { TransferAuthorization } from './transfer-with-authorization.js';

/**
 * Relays several signed transfers in one transaction, all or nothing on chain (the token's atomic
 * variant: the settler gives every member of a mined batch the batch's outcome; the skipping
 * `batchTransferWithAuthorization` would need per-member outcomes).
 */
export const batchTransferWithAuthorization = (authorizations: readonly TransferAuthorization[]): ChainAction =>
  tokenAction('batchTransferWithAuthorizationAtomic', [authorizations]);
