import { Injectable, Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Address } from 'viem';
import { type ChainAction, type ChainTransactionView, REFRESH_BATCH_SIZE, SendChainActionCommand, invalidateEligibility, refreshEligibility, revokeClaim } from '../../../chain/index.js';
import { isDataConflict } from '../../../data/index.js';
import { ConflictError, NotFoundError } from '../../../../shared/errors/index.js';
import { walletNotFound } from '../../domain/custody.errors.js';
import { type KycRevocationView, invalidationKeyOf, kycClaimNonceOf, refreshKeyOf, revocationKeyOf } from '../../domain/kyc-revocation.js';
import { KycRevocationRepository } from '../../infrastructure/persistence/kyc-revocation.repository.js';
import { WalletRepository } from '../../infrastructure/persistence/wallet.repository.js';

const notRevocable = (status: string) =>
  new ConflictError('CUSTODY.KYC_NOT_REVOCABLE', `The wallet is ${status}: only a registered customer's KYC can be revoked.`, { currentStatus: status });

/**
 * Drives a KYC revocation (domain/kyc-revocation.ts). Every step is keyed, so re-driving it after a
 * crash, or on a second delivery of a chain outcome, sends nothing twice: the claim's revocation
 * (the registrar, the claim issuer's management key), then one `refreshBatch` per slice of the
 * other verified wallets, each signed once the revocation is mined. Until the refresh completes the
 * other wallets are unverified on chain (the contracts' eligibility epoch): it follows at once.
 */
@Injectable()
export class KycRevocationProcessor {
  private readonly logger = new Logger(KycRevocationProcessor.name);

  constructor(
    private readonly revocations: KycRevocationRepository,
    private readonly wallets: WalletRepository,
    private readonly commands: CommandBus,
  ) {}

  async request(customerId: string, requestedBy: string, reason?: string): Promise<KycRevocationView> {
    const wallet = await this.wallets.find(customerId);
    if (!wallet) throw walletNotFound();
    const recorded = await this.revocations.get(customerId);
    if (!recorded) {
      if (wallet.status !== 'registered') throw notRevocable(wallet.status);
      await this.revocations.open({ customerId, walletAddress: wallet.address, requestedBy, ...(reason ? { reason } : {}) });
    }
    await this.advance(customerId);
    return this.view(customerId);
  }

  async view(customerId: string): Promise<KycRevocationView> {
    const revocation = await this.revocations.get(customerId);
    if (!revocation) throw new NotFoundError('CUSTODY.KYC_REVOCATION_NOT_FOUND', 'This customer has no KYC revocation.');
    const { refreshWallets: _wallets, ...view } = revocation;
    return view;
  }

  /** Idempotent: each call sends what the current state needs (the same keys again). */
  async advance(customerId: string): Promise<void> {
    const revocation = await this.revocations.get(customerId);
    if (revocation?.status === 'requested') {
      // The platform refuses the customer's money movements from now on, before the chain does.
      await this.ignoringConflict(() => this.wallets.transition(customerId, 'registered', 'kyc_revoked', {}));
      const identity = (await this.wallets.find(customerId))?.identityAddress;
      if (!identity) return this.revocations.fail(customerId, 'requested', 'NO_IDENTITY');
      const revoked = await this.send(revocationKeyOf(customerId), revokeClaim(identity, kycClaimNonceOf(customerId)));
      if (revoked.status === 'failed') return this.revocations.fail(customerId, 'requested', revoked.revert?.name ?? revoked.error ?? 'reverted');
      if (revoked.status !== 'confirmed') return;
      // Explicit, not left to the issuer's own best-effort call (see invalidateEligibility).
      const invalidated = await this.send(invalidationKeyOf(customerId), { ...invalidateEligibility(), after: revocationKeyOf(customerId) });
      if (invalidated.status === 'failed') return this.revocations.fail(customerId, 'requested', invalidated.revert?.name ?? invalidated.error ?? 'reverted');
      if (invalidated.status !== 'confirmed') return;
      const others = (await this.wallets.listByStatus('registered')).filter((wallet) => wallet.customerId !== customerId).map((wallet) => wallet.address);
      await this.revocations.startRefresh(customerId, others.sort());
      return this.advance(customerId);
    }
    if (revocation?.status !== 'refreshing') return;
    const wallets = revocation.refreshWallets ?? [];
    const outcomes: ChainTransactionView[] = [];
    for (let start = 0, batch = 0; start < wallets.length; start += REFRESH_BATCH_SIZE, batch++) {
      const slice = wallets.slice(start, start + REFRESH_BATCH_SIZE) as Address[];
      outcomes.push(await this.send(refreshKeyOf(customerId, batch), { ...refreshEligibility(slice), after: invalidationKeyOf(customerId) }));
    }
    const failed = outcomes.find((outcome) => outcome.status === 'failed');
    if (failed) return this.revocations.fail(customerId, 'refreshing', `refresh ${failed.key}: ${failed.revert?.name ?? failed.error ?? 'reverted'}`);
    if (outcomes.every((outcome) => outcome.status === 'confirmed')) {
      await this.revocations.complete(customerId);
      this.logger.log({ customerId, refreshed: wallets.length }, 'KYC revoked; every other wallet verified again');
    }
  }

  async resumeAll(): Promise<void> {
    for (const customerId of await this.revocations.listOpen()) await this.advance(customerId);
  }

  private send(key: string, action: ChainAction): Promise<ChainTransactionView> {
    return this.commands.execute(new SendChainActionCommand({ key, action }));
  }

  private async ignoringConflict(write: () => Promise<void>): Promise<void> {
    try {
      await write();
    } catch (error) {
      if (!isDataConflict(error)) throw error;
    }
  }
}
