import { Command } from '@nestjs/cqrs';
import type { Address, Hex } from 'viem';

export interface SignedKycClaim {
  issuer: Address;
  topic: bigint;
  signature: Hex;
  /** abi.encode(registry, expiresAt, nonce), as the claim issuer contract expects. */
  data: Hex;
}

/**
 * The platform's claim issuer signs a KYC claim for an identity (EIP-712 over chain id, registry,
 * expiry and nonce), so it cannot be replayed on another chain nor outlive the customer's KYC.
 */
export class SignKycClaimCommand extends Command<SignedKycClaim> {
  constructor(readonly claim: { identity: Address; expiresAt: bigint; nonce: bigint }) {
    super();
  }
}
