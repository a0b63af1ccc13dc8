import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import type { Address } from 'viem';
import { GetPlatformContractsQuery, ReadContractQuery, euroTokenAbi } from '../../../chain/index.js';
import { GetWalletQuery } from '../../../custody/index.js';

export type Eligibility =
  | { eligible: true; walletAddress: Address }
  /** The identity is being registered on chain: worth waiting a little. */
  | { eligible: false; reason: 'IDENTITY_PENDING'; walletAddress: Address }
  | { eligible: false; reason: 'NOT_VERIFIED' | 'FROZEN'; walletAddress?: Address };

/** Whether tokens may be minted to a customer now: a registered (verified) wallet that is not frozen. */
@Injectable()
export class CustomerEligibility {
  constructor(private readonly queries: QueryBus) {}

  async of(customerId: string): Promise<Eligibility> {
    const wallet = await this.queries.execute(new GetWalletQuery(customerId));
    if (!wallet) return { eligible: false, reason: 'NOT_VERIFIED' };
    if (wallet.status === 'identity_failed' || wallet.status === 'kyc_revoked') return { eligible: false, reason: 'NOT_VERIFIED', walletAddress: wallet.address };
    if (wallet.status !== 'registered') return { eligible: false, reason: 'IDENTITY_PENDING', walletAddress: wallet.address };
    const { token } = await this.queries.execute(new GetPlatformContractsQuery());
    const frozen = await this.queries.execute(new ReadContractQuery({ address: token, abi: euroTokenAbi, functionName: 'isFrozen', args: [wallet.address] }));
    if (frozen) return { eligible: false, reason: 'FROZEN', walletAddress: wallet.address };
    return { eligible: true, walletAddress: wallet.address };
  }
}
