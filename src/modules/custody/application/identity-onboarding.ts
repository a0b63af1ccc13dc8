import { Injectable, Logger } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { type Address, hexToBigInt, keccak256, toBytes } from 'viem';
import { GetPlatformContractsQuery, ReadContractQuery, SendChainActionCommand, SignKycClaimCommand, identityRegistryAbi, onboard } from '../../chain/index.js';
import { isDataConflict } from '../../data/index.js';
import { GetVerifiedCountryQuery } from '../../customers/index.js';
import { identityNotFailed, walletNotFound } from '../domain/custody.errors.js';
import { IdentityOnboardingFailed, IdentityOnboardingRetried, IdentityRegistered } from '../domain/events/wallet.events.js';
import type { WalletView } from '../domain/wallet.js';
import { kycClaimNonceOf } from '../domain/kyc-revocation.js';
import { WalletRepository } from '../infrastructure/persistence/wallet.repository.js';

/** A KYC claim is valid for a year; a renewed KYC re-issues it. */
const CLAIM_VALIDITY_SECONDS = 365n * 24n * 3600n;
/** ISO 3166-1 numeric "unknown"; only used if the approved KYC's nationality cannot be read. */
const UNKNOWN_COUNTRY = 0;

/** The onboarding transaction of one attempt: the first is `identity:<customer>`, an operator's retry `identity:<customer>:attempt:<n>`. */
export const identityKeyOf = (customerId: string, attempt = 1) => (attempt > 1 ? `identity:${customerId}:attempt:${attempt}` : `identity:${customerId}`);
export const customerIdOfIdentityKey = (key: string) => /^identity:([^:]+)(?::attempt:\d+)?$/.exec(key)?.[1];

/**
 * Puts a customer's wallet on chain as a verified holder: one `registry.onboard` transaction
 * deploys the identity through the factory (a CREATE2 minimal proxy managed by the platform),
 * stores the KYC claim the platform's claim issuer signed, and registers wallet, identity and
 * country (the KYC nationality, ISO 3166-1 numeric) in the registry. The wallet records
 * `identity_pending` with the predicted identity before the transaction is sent; the
 * transaction is keyed by the customer, so a resumed onboarding never sends a second one.
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
    if (wallet?.status !== 'created' && wallet?.status !== 'identity_pending') return;
    const contracts = await this.queries.execute(new GetPlatformContractsQuery());
    const salt = keccak256(toBytes(`eurt-identity:${customerId}`));
    const identity = (await this.queries.execute(
      new ReadContractQuery({
        address: contracts.identityRegistry,
        abi: identityRegistryAbi,
        functionName: 'predictIdentity',
        args: [contracts.registrar, salt],
      }),
    )) as Address;
    if (wallet.status === 'created') {
      try {
        await this.wallets.transition(customerId, 'created', 'identity_pending', { identityAddress: identity });
      } catch (error) {
        if (!isDataConflict(error)) throw error; // a concurrent delivery moved it first; sending again is harmless
      }
    }
    const country = (await this.queries.execute(new GetVerifiedCountryQuery(customerId))) ?? UNKNOWN_COUNTRY;
    const claim = await this.commands.execute(
      new SignKycClaimCommand({
        identity,
        expiresAt: BigInt(Math.floor(Date.now() / 1000)) + CLAIM_VALIDITY_SECONDS,
        nonce: kycClaimNonceOf(customerId),
      }),
    );
    const transaction = await this.commands.execute(
      new SendChainActionCommand({
        key: identityKeyOf(customerId, wallet.onboardingAttempt),
        action: onboard({ wallet: wallet.address, manager: contracts.registrar, salt, country, claim }),
      }),
    );
    // Resumed after the outcome was already known (its event may have been handled before the crash).
    if (transaction.status === 'confirmed') await this.complete(customerId);
    if (transaction.status === 'failed') await this.failed(customerId, transaction.revert?.name ?? transaction.error ?? 'reverted', transaction.key);
  }

  async complete(customerId: string): Promise<void> {
    const wallet = await this.wallets.find(customerId);
    if (wallet?.status !== 'identity_pending' || !wallet.identityAddress) return;
    try {
      await this.wallets.transition(customerId, 'identity_pending', 'registered', {}, [
        new IdentityRegistered(customerId, { customerId, address: wallet.address, identityAddress: wallet.identityAddress }),
      ]);
    } catch (error) {
      if (!isDataConflict(error)) throw error;
    }
  }

  /** The onboarding reverted: kept as a state for operators rather than retried blindly (an operator retries it). */
  async failed(customerId: string, reason: string, key: string): Promise<void> {
    const wallet = await this.wallets.find(customerId);
    // A late outcome of an earlier attempt says nothing about the one under way.
    if (wallet?.status !== 'identity_pending' || key !== identityKeyOf(customerId, wallet.onboardingAttempt)) return;
    this.logger.error({ customerId, reason }, 'identity onboarding transaction failed; an operator must look at it');
    try {
      await this.wallets.transition(customerId, 'identity_pending', 'identity_failed', {}, [
        new IdentityOnboardingFailed(customerId, { customerId, address: wallet.address, reason }),
      ]);
    } catch (error) {
      if (!isDataConflict(error)) throw error;
    }
  }

  /**
   * An operator sends a failed onboarding again, once its cause is fixed: the next attempt is
   * recorded (`identity_pending`, attempt n+1) before its transaction, keyed by the attempt, is sent.
   */
  async retry(customerId: string): Promise<WalletView> {
    const wallet = await this.wallets.find(customerId);
    if (!wallet) throw walletNotFound();
    if (wallet.status !== 'identity_failed') throw identityNotFailed(wallet.status);
    const attempt = (wallet.onboardingAttempt ?? 1) + 1;
    try {
      await this.wallets.transition(customerId, 'identity_failed', 'identity_pending', { onboardingAttempt: attempt }, [
        new IdentityOnboardingRetried(customerId, { customerId, address: wallet.address, attempt }),
      ]);
    } catch (error) {
      if (isDataConflict(error)) throw identityNotFailed('identity_pending');
      throw error;
    }
    await this.start(customerId);
    return (await this.wallets.find(customerId)) as WalletView;
  }

  /** After a crash: every wallet not yet registered goes through onboarding again (idempotent by key). */
  async resumeAll(): Promise<void> {
    const unfinished = [...(await this.wallets.listByStatus('created')), ...(await this.wallets.listByStatus('identity_pending'))];
    for (const wallet of unfinished) await this.start(wallet.customerId);
  }
}
