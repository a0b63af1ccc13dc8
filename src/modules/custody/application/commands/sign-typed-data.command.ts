import { Command } from '@nestjs/cqrs';
import type { Hex, TypedDataDefinition } from 'viem';

/**
 * Signs EIP-712 typed data with the customer's custodial key (a transfer or hold authorization,
 * a permit). Only typed data for the platform's own contracts is signed; the key never leaves
 * custody.
 */
export class SignTypedDataCommand extends Command<{ signer: Hex; signature: Hex }> {
  constructor(
    readonly customerId: string,
    readonly typedData: TypedDataDefinition,
  ) {
    super();
  }
}
