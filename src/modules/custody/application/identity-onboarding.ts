import { Injectable, Logger } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { type Address, encodeFunctionData, hexToBigInt, keccak256, toBytes } from 'viem';
import { GetPlatformContractsQuery, ReadContractQuery, SendChainTransactionCommand, SignKycClaimCommand, identityRegistryAbi } from '../../chain/index.js';
import { IdentityRegistered } from '../domain/events/wallet.events.js';
import { WalletRepository } from '../infrastructure/wallet.repository.js';

/** A KYC claim is valid for a year; a renewed KYC re-issues it. */
const CLAIM_VALIDITY_SECONDS = 365n * 24n * 3600n;
/** ISO 3166-1 numeric; 0 until KYC tells the customer's country. */
const UNKNOWN_COUNTRY = 0;

export const identityKeyOf = (customerId: string) => `identity:${customerId}`;
export const customerIdOfIdentityKey = (key: string) => /^identity:(.+)$/.exec(key)?.[1];

/**
 * Puts a customer's wallet on chain as a verified holder: one `onboard` transaction deploys the
 * identity (a CREATE2 minimal proxy managed by the platform), stores the platform-signed KYC claim
 * and registers the wallet. The wallet records `identity_pending` before the transaction is sent.
 */
@Injectable()
export class IdentityOnboarding {
  private readonly logger = new Logger(IdentityOnboarding.name);

  constructor(
    private readonly wallets: WalletRepository,
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
  ) {}

  async start(customerId: string): Promise<void> {
    const wallet = await this.wallets.find(customerId);
    if (!wallet || wallet.status === 'registered') return;
    const contracts = await this.queries.execute(new GetPlatformContractsQuery());
    const salt = keccak256(toBytes(`eurt-identity:${customerId}`));
    const identity = (await this.queries.execute(
      new ReadContractQuery({
        address: contracts.identityRegistry,
        abi: identityRegistryAbi,
        functionName: 'predictIdentity',
        args: [contracts.operator, salt],
      }),
    )) as Address;
    if (wallet.status === 'created') {
      await this.wallets.transition(customerId, 'created', 'identity_pending', { identityAddress: identity });
    }
    const claim = await this.commands.execute(
      new SignKycClaimCommand({
        identity,
        expiresAt: BigInt(Math.floor(Date.now() / 1000)) + CLAIM_VALIDITY_SECONDS,
        nonce: hexToBigInt(keccak256(toBytes(`eurt-kyc-claim:${customerId}:1`))),
      }),
    );
    await this.commands.execute(
      new SendChainTransactionCommand({
        key: identityKeyOf(customerId),
        to: contracts.identityRegistry,
        data: encodeFunctionData({
          abi: identityRegistryAbi,
          functionName: 'onboard',
          args: [wallet.address, contracts.operator, salt, UNKNOWN_COUNTRY, claim.issuer, claim.signature, claim.data],
        }),
      }),
    );
  }

  async complete(customerId: string): Promise<void> {
    const wallet = await this.wallets.find(customerId);
    if (wallet?.status !== 'identity_pending' || !wallet.identityAddress) return;
    await this.wallets.transition(customerId, 'identity_pending', 'registered', {}, [
      new IdentityRegistered(customerId, { customerId, address: wallet.address, identityAddress: wallet.identityAddress }),
    ]);
  }

  failed(customerId: string, reason: string): void {
    this.logger.error({ customerId, reason }, 'identity onboarding transaction failed; an operator must look at it');
  }

  /** After a crash: every wallet not yet registered goes through onboarding again (idempotent by key). */
  async resumeAll(): Promise<void> {
    const unfinished = [...(await this.wallets.listByStatus('created')), ...(await this.wallets.listByStatus('identity_pending'))];
    for (const wallet of unfinished) await this.start(wallet.customerId);
  }
}
