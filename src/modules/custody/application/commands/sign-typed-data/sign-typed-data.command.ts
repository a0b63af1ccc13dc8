import { Command } from '@nestjs/cqrs';
import type { Address, Hex } from 'viem';
import type { TypedDataRequest } from '../../../domain/typed-data-policy.js';

export interface TypedDataSignature {
  signature: Hex;
  /** The customer's wallet address, which the token recovers from the signature. */
  signer: Address;
}

/**
 * Signs EIP-712 typed data with the customer's custodial key: a TransferWithAuthorization, or a
 * HoldWithAuthorization naming the platform's notary and no payee, of the EURT token on this
 * chain, with the customer as the authorizing party. Anything else (Permit, Receive, Cancel,
 * another contract) is refused with CUSTODY.SIGNING_REFUSED. The key never leaves custody.
 */
export class SignTypedDataCommand extends Command<TypedDataSignature> {
  constructor(
    readonly customerId: string,
    readonly typedData: TypedDataRequest,
  ) {
    super();
  }
}
