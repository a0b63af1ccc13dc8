import type { Address } from 'viem';
import { type ChainAction, tokenAction } from './chain-action.js';

export interface SetAddressFrozenParameters {
  account: Address;
  frozen: boolean;
}

/** A frozen account can neither send nor receive. */
export const setAddressFrozen = ({ account, frozen }: SetAddressFrozenParameters): ChainAction => tokenAction('setAddressFrozen', [account, frozen]);
