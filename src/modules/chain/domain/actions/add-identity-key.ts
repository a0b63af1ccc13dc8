import { type Address, encodeAbiParameters, keccak256 } from 'viem';
import { type ChainAction, identityAction } from './chain-action.js';

const MANAGEMENT_KEY = 1n;
const ECDSA_KEY_TYPE = 1n;

export interface AddIdentityKeyParameters {
  identity: Address;
  wallet: Address;
}

/**
 * Makes `wallet` a management key of the customer's identity (sent by the operator, the identity's
 * management key). The token recovers a wallet only to a key of its identity, as T-REX does.
 */
export const addIdentityKey = ({ identity, wallet }: AddIdentityKeyParameters): ChainAction =>
  identityAction(identity, 'addKey', [keccak256(encodeAbiParameters([{ type: 'address' }], [wallet])), MANAGEMENT_KEY, ECDSA_KEY_TYPE]);
