import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import type { Address } from 'viem';
import { appConfig } from '../../../../shared/config/index.js';
import { crashPoint } from '../../../../shared/testing/crash-point.js';
import { SendPayoutCommand } from '../../../bank/index.js';
import { GetChainTransactionQuery, GetPlatformContractsQuery, MintTokensCommand } from '../../../chain/index.js';
import { FindCustomerByDepositReferenceQuery } from '../../../customers/index.js';
import { type Deposit, type SuspenseReason, mintKeyOf, mintableOf, returnPayoutIdOf } from '../../domain/deposit.js';
import { DepositCompleted, DepositCoveredShortfall, DepositMinting, DepositReturned, DepositSuspended } from '../../domain/events/deposit.events.js';
import { customerNotEligible, notInSuspense, operationNotFound } from '../../domain/errors/tokenizer.errors.js';
import { DepositRepository } from '../../infrastructure/persistence/deposit.repository.js';
import { tokenizerConfig } from '../../tokenizer.config.js';
import { type ShortfallCover, ShortfallCovers } from '../topups/shortfall-cover.js';
import { CustomerEligibility } from './customer-eligibility.js';

/**
 * Drives a deposit through its states. Every step first persists the state it moves to, then acts;
 * acting again is harmless (the mint and the return payout are keyed by the deposit), so any
 * worker may resume any deposit after a crash.
 */
@Injectable()
export class DepositProcessor {
  private readonly logger = new Logger(DepositProcessor.name);

  constructor(
    private readonly deposits: DepositRepository,
    private readonly eligibility: CustomerEligibility,
    private readonly covers: ShortfallCovers,
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
    @Inject(tokenizerConfig.KEY) private readonly config: ConfigType<typeof tokenizerConfig>,
    @Inject(appConfig.KEY) private readonly app: ConfigType<typeof appConfig>,
  ) {}

  async advance(depositId: string): Promise<void> {
    const deposit = await this.deposits.get(depositId);
    if (deposit) await this.advanceFrom(deposit);
  }

  /** Continues from a deposit the caller has just read or written (no second read). */
  async advanceFrom(deposit: Deposit): Promise<void> {
    if (deposit.status === 'received') await this.match(deposit);
    else if (deposit.status === 'minting') await this.mint(deposit);
    else if (deposit.status === 'returning') await this.followReturn(deposit);
  }

  async completeMint(depositId: string, transactionHash: string): Promise<void> {
    const deposit = await this.deposits.get(depositId);
    if (deposit?.status !== 'minting') return;
    const payload = { depositId, customerId: deposit.customerId, amount: mintableOf(deposit).toString(), transactionHash };
    await this.deposits.transition(deposit, 'completed', {}, [new DepositCompleted(depositId, payload)]);
  }

  async refuseMint(depositId: string, reason: string): Promise<void> {
    const deposit = await this.deposits.get(depositId);
    if (deposit?.status !== 'minting') return;
    await this.suspend(deposit, 'MINT_REFUSED', reason);
  }

  /** An operator gives a credit in suspense to a customer; it mints if the customer may hold tokens. */
  async assign(depositId: string, customerId: string): Promise<Deposit> {
    const deposit = await this.deposits.get(depositId);
    if (!deposit) throw operationNotFound();
    if (deposit.status !== 'suspense') throw notInSuspense(deposit.status);
    const eligibility = await this.eligibility.of(customerId);
    if (!eligibility.eligible) throw customerNotEligible(eligibility.reason);
    await this.startMinting(deposit, customerId, eligibility.walletAddress, 'ASSIGNED');
    return (await this.deposits.get(depositId)) as Deposit;
  }

  /** An operator sends a credit in suspense back to its sender. */
  async returnToSender(depositId: string): Promise<Deposit> {
    const deposit = await this.deposits.get(depositId);
    if (!deposit) throw operationNotFound();
    if (deposit.status !== 'suspense') throw notInSuspense(deposit.status);
    if (await this.deposits.transition(deposit, 'returning', {}, [])) await this.advance(depositId);
    return (await this.deposits.get(depositId)) as Deposit;
  }

  private async match(deposit: Deposit): Promise<void> {
    const customerId = await this.queries.execute(new FindCustomerByDepositReferenceQuery(deposit.reference));
    if (!customerId) return this.suspend(deposit, 'UNKNOWN_REFERENCE');
    const cover = deposit.shortfallCovered === undefined ? await this.covers.plan(customerId, deposit.amount) : undefined;
    if (cover && cover.covered > 0n) return this.coverShortfall(deposit, customerId, cover);
    const eligibility = await this.eligibility.of(customerId);
    if (eligibility.eligible) return this.startMinting(deposit, customerId, eligibility.walletAddress);
    const waitedSeconds = (Date.now() - Date.parse(deposit.createdAt)) / 1000;
    // A customer whose identity is being registered right now: the sweep comes back to it.
    if (eligibility.reason === 'IDENTITY_PENDING' && waitedSeconds < this.config.DEPOSIT_IDENTITY_WAIT_SECONDS) return;
    return this.suspend(deposit, eligibility.reason, undefined, customerId);
  }

  /**
   * The credit pays the customer's open shortfall first, in the one transaction that moves the
   * deposit out of `received` (so exactly once, and a crash leaves either nothing or all of it
   * booked); the rest is minted if the customer may hold tokens, else waits in suspense.
   */
  private async coverShortfall(deposit: Deposit, customerId: string, cover: ShortfallCover): Promise<void> {
    const rest = deposit.amount - cover.covered;
    const covered = new DepositCoveredShortfall(deposit.id, {
      depositId: deposit.id,
      customerId,
      amount: deposit.amount.toString(),
      covered: cover.covered.toString(),
      minted: rest.toString(),
      topUpIds: cover.topUpIds.join(','),
    });
    const payload = { depositId: deposit.id, customerId, amount: rest.toString() };
    const shortfallCovered = cover.covered;
    const eligibility = rest > 0n ? await this.eligibility.of(customerId) : undefined;
    let moved: boolean;
    if (rest === 0n) {
      moved = await this.deposits.transition(deposit, 'completed', { customerId, shortfallCovered }, [covered], cover.writes);
    } else if (eligibility?.eligible) {
      const changes = { customerId, walletAddress: eligibility.walletAddress, shortfallCovered };
      moved = await this.deposits.transition(deposit, 'minting', changes, [covered, new DepositMinting(deposit.id, payload)], cover.writes);
    } else {
      const reason = eligibility && !eligibility.eligible ? eligibility.reason : 'NOT_VERIFIED';
      this.logger.warn({ depositId: deposit.id, reason }, 'deposit covered a shortfall; the rest moved to suspense');
      moved = await this.deposits.transition(deposit, 'suspense', { customerId, reason, shortfallCovered }, [covered, new DepositSuspended(deposit.id, { ...payload, reason })], cover.writes);
    }
    if (moved && rest > 0n && eligibility?.eligible) await this.sendMint({ ...deposit, walletAddress: eligibility.walletAddress, shortfallCovered });
  }

  private async startMinting(deposit: Deposit, customerId: string, walletAddress: Address, reason?: string): Promise<void> {
    const moved = await this.deposits.transition(deposit, 'minting', { customerId, walletAddress, ...(reason ? { reason } : {}) }, [
      new DepositMinting(deposit.id, { depositId: deposit.id, customerId, amount: mintableOf(deposit).toString() }),
    ]);
    crashPoint(this.app.CRASH_AT, 'tokenizer.deposit-minting-recorded');
    if (moved) await this.sendMint({ ...deposit, walletAddress });
  }

  private async mint(deposit: Deposit): Promise<void> {
    const key = mintKeyOf(deposit.id);
    const sent = await this.queries.execute(new GetChainTransactionQuery(key));
    if (sent?.status === 'confirmed' && sent.hash) return this.completeMint(deposit.id, sent.hash);
    if (sent?.status === 'failed') return this.refuseMint(deposit.id, sent.revert?.name ?? sent.error ?? 'mint failed');
    if (sent) return; // on its way: its outcome arrives as an event
    await this.sendMint(deposit);
  }

  /**
   * Hands the mint to the chain module. Called without looking the mint up first only by the
   * worker that has just moved the deposit into `minting` (no mint can exist before that move);
   * the mint is keyed by the deposit, so sending it again after a crash is harmless anyway.
   */
  private async sendMint(deposit: Pick<Deposit, 'id' | 'walletAddress' | 'amount' | 'shortfallCovered'>): Promise<void> {
    const key = mintKeyOf(deposit.id);
    const { token } = await this.queries.execute(new GetPlatformContractsQuery());
    // The chain module batches it with other pending mints, behind one reserve attestation.
    await this.commands.execute(new MintTokensCommand({ key, token, to: deposit.walletAddress as Address, amount: mintableOf(deposit) }));
  }

  private async followReturn(deposit: Deposit): Promise<void> {
    const payoutId = returnPayoutIdOf(deposit);
    const payout = await this.commands.execute(
      new SendPayoutCommand({ payoutId, amount: mintableOf(deposit), reference: `Return of ${deposit.reference}`.slice(0, 140), creditor: { returnOfCredit: deposit.id } }),
    );
    if (payout.status === 'settled') {
      await this.deposits.transition(deposit, 'returned', {}, [
        new DepositReturned(deposit.id, { depositId: deposit.id, customerId: deposit.customerId, amount: mintableOf(deposit).toString(), payoutId }),
      ]);
    } else if (payout.status === 'returned') {
      await this.suspend(deposit, 'RETURN_FAILED', payout.reason);
    }
  }

  private async suspend(deposit: Deposit, code: SuspenseReason, detail?: string, customerId?: string): Promise<void> {
    const reason = detail ? `${code}: ${detail}` : code;
    this.logger.warn({ depositId: deposit.id, reason }, 'deposit moved to suspense');
    await this.deposits.transition(deposit, 'suspense', { reason, ...(customerId ? { customerId } : {}) }, [
      new DepositSuspended(deposit.id, { depositId: deposit.id, customerId: customerId ?? deposit.customerId, amount: mintableOf(deposit).toString(), reason }),
    ]);
  }
}
