import { Command } from '@nestjs/cqrs';
import type { Address, Hex } from 'viem';
import type { TypedDataRequest } from '../../../domain/typed-data-policy.js';

export interface TypedDataSignature {
  signature: Hex;
  /** The customer's wallet address, which the token recovers from the signature. */
  signer: Address;
}

/**
 * Signs EIP-712 typed data with the customer's custodial key: one of the EURT token's
 * authorizations (TransferWithAuthorization, ReceiveWithAuthorization, CancelAuthorization,
 * Permit, HoldWithAuthorization) on this chain, with the customer as the authorizing party.
 * Anything else is refused with CUSTODY.SIGNING_REFUSED. The key never leaves custody.
 */
export class SignTypedDataCommand extends Command<TypedDataSignature> {
  constructor(
    readonly customerId: string,
    readonly typedData: TypedDataRequest,
  ) {
    super();
  }
}
