import { type ChainAction, tokenAction } from './chain-action.js';
import type { TransferAuthorization } from './transfer-with-authorization.js';

/** Relays several signed transfers in one transaction: all or nothing on chain. */
export const batchTransferWithAuthorization = (authorizations: readonly TransferAuthorization[]): ChainAction =>
  tokenAction('batchTransferWithAuthorization', [authorizations]);
