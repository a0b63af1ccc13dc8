import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import type { Address } from 'viem';
import { appConfig } from '../../../../shared/config/index.js';
import { crashPoint } from '../../../../shared/testing/crash-point.js';
import { type CardPayment, CreateCardPaymentCommand, GetCardPaymentQuery, RefundCardPaymentCommand } from '../../../acquirer/index.js';
import { GetChainTransactionQuery, GetPlatformContractsQuery, MintTokensCommand, SendChainActionCommand, burn, setAddressFrozen } from '../../../chain/index.js';
import { TopUpCompleted, TopUpDeclined, TopUpReversed } from '../../domain/events/topup.events.js';
import { insufficientBalanceForRefund, operationNotFound, topUpNotRefundable } from '../../domain/errors/tokenizer.errors.js';
import { type TopUp, topUpBurnKeyOf, topUpFreezeKeyOf, topUpMintKeyOf } from '../../domain/topup.js';
import { TopUpRepository } from '../../infrastructure/persistence/topup.repository.js';
import { TokenReader } from '../token-reader.js';

type ChainStep = 'done' | 'pending' | 'failed';

/**
 * Drives a card top-up. The acquirer's current payment status (read, not taken from the webhook)
 * and the top-up's persisted state decide each step, so late, repeated or reordered webhooks
 * change nothing twice. Each state is written before its side effect (mint, burn, freeze, refund),
 * and each side effect is keyed by the top-up, so a crash resumes it once.
 */
@Injectable()
export class TopUpProcessor {
  private readonly logger = new Logger(TopUpProcessor.name);

  constructor(
    private readonly topUps: TopUpRepository,
    private readonly tokens: TokenReader,
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
    @Inject(appConfig.KEY) private readonly app: ConfigType<typeof appConfig>,
  ) {}

  /** Records the top-up before the acquirer is asked, then creates the card payment (idempotent by top-up id). */
  async create(customerId: string, walletAddress: Address, amount: bigint, id: string): Promise<TopUp> {
    const topUp = await this.topUps.create({ id, customerId, walletAddress, amount, currency: 'EUR' });
    await this.ensurePayment(topUp);
    return (await this.topUps.get(id)) as TopUp;
  }

  /** The platform refunds a completed top-up: burn first (the tokens must still be there), then refund the card. */
  async refund(id: string): Promise<TopUp> {
    const topUp = await this.topUps.get(id);
    if (!topUp) throw operationNotFound();
    if (topUp.status !== 'completed') throw topUpNotRefundable(topUp.status);
    const { spendable } = await this.tokens.balances(topUp.walletAddress as Address);
    if (spendable < topUp.amount) throw insufficientBalanceForRefund();
    if (await this.topUps.transition(topUp, 'refunding', { reason: 'REFUND_REQUESTED', burnAmount: topUp.amount, shortfall: 0n })) await this.advance(id);
    return (await this.topUps.get(id)) as TopUp;
  }

  async advanceByPayment(paymentId: string): Promise<void> {
    const topUp = await this.topUps.findByPayment(paymentId);
    if (topUp) await this.advance(topUp.id);
  }

  async advance(id: string): Promise<void> {
    const topUp = await this.topUps.get(id);
    if (!topUp) return;
    switch (topUp.status) {
      case 'created':
        return this.afterCreated(topUp);
      case 'authorized':
        return this.afterAuthorized(topUp);
      case 'minting':
        return this.afterMintRequested(topUp);
      case 'completed':
        return this.afterCompleted(topUp);
      case 'refunding':
      case 'charging_back':
        return this.reverse(topUp);
      default:
    }
  }

  private async afterCreated(topUp: TopUp): Promise<void> {
    const payment = await this.ensurePayment(topUp);
    if (!payment) return;
    const current = (await this.topUps.get(topUp.id)) as TopUp;
    if (payment.status === 'declined') {
      const reason = payment.declineCode ?? 'declined';
      await this.topUps.transition(current, 'declined', { reason }, [
        new TopUpDeclined(topUp.id, { topUpId: topUp.id, customerId: topUp.customerId, amount: topUp.amount.toString(), reason }),
      ]);
    } else if (payment.status === 'captured') {
      if (await this.topUps.transition(current, 'authorized', {})) await this.advance(topUp.id);
    } else if (payment.status === 'refunded' || payment.status === 'charged_back') {
      // Captured and reversed before we minted: no tokens, nothing to burn.
      await this.finishReversal(current, payment.status, 0n, 0n);
    }
  }

  private async afterAuthorized(topUp: TopUp): Promise<void> {
    const payment = await this.payment(topUp);
    if (payment?.status === 'refunded' || payment?.status === 'charged_back') return this.finishReversal(topUp, payment.status, 0n, 0n);
    const moved = await this.topUps.transition(topUp, 'minting', {});
    crashPoint(this.app.CRASH_AT, 'tokenizer.topup-minting-recorded');
    if (moved) await this.advance(topUp.id);
  }

  private async afterMintRequested(topUp: TopUp): Promise<void> {
    const key = topUpMintKeyOf(topUp.id);
    const sent = await this.queries.execute(new GetChainTransactionQuery(key));
    if (sent?.status === 'confirmed' && sent.hash) {
      const moved = await this.topUps.transition(topUp, 'completed', {}, [
        new TopUpCompleted(topUp.id, { topUpId: topUp.id, customerId: topUp.customerId, amount: topUp.amount.toString(), transactionHash: sent.hash }),
      ]);
      // A reversal that arrived while minting is handled now that the tokens exist.
      if (moved) await this.advance(topUp.id);
      return;
    }
    if (sent?.status === 'failed') {
      // The card was charged but no tokens could be minted: give the money back.
      const reason = `MINT_REFUSED: ${sent.revert?.name ?? sent.error ?? 'mint failed'}`;
      if (await this.topUps.transition(topUp, 'refunding', { reason, burnAmount: 0n, shortfall: 0n })) await this.advance(topUp.id);
      return;
    }
    if (sent) return;
    const { token } = await this.queries.execute(new GetPlatformContractsQuery());
    await this.commands.execute(new MintTokensCommand({ key, token, to: topUp.walletAddress as Address, amount: topUp.amount }));
  }

  /** A refund made at the acquirer, or a chargeback: take the tokens back. */
  private async afterCompleted(topUp: TopUp): Promise<void> {
    const payment = await this.payment(topUp);
    if (payment?.status !== 'refunded' && payment?.status !== 'charged_back') return;
    const { spendable } = await this.tokens.balances(topUp.walletAddress as Address);
    const burnAmount = spendable < topUp.amount ? spendable : topUp.amount;
    const shortfall = topUp.amount - burnAmount;
    if (shortfall > 0n) this.logger.warn({ topUpId: topUp.id, shortfall: shortfall.toString() }, 'reversal exceeds the spendable balance: burning what is there, freezing the wallet');
    const to = payment.status === 'refunded' ? 'refunding' : 'charging_back';
    const reason = payment.status === 'refunded' ? 'REFUNDED_BY_ACQUIRER' : 'CHARGEBACK';
    if (await this.topUps.transition(topUp, to, { reason, burnAmount, shortfall })) await this.advance(topUp.id);
  }

  private async reverse(topUp: TopUp): Promise<void> {
    const burn = await this.chainStep(topUp, topUpBurnKeyOf(topUp.id), topUp.burnAmount ?? 0n, 'burn');
    if (burn === 'pending') return;
    const shortfall = topUp.shortfall ?? 0n;
    if (burn === 'failed') this.logger.error({ topUpId: topUp.id }, 'the reversal burn failed: the amount stays flagged for an operator');
    const burned = burn === 'failed' ? 0n : (topUp.burnAmount ?? 0n);
    const unrecovered = burn === 'failed' ? shortfall + (topUp.burnAmount ?? 0n) : shortfall;
    if (unrecovered > 0n && (await this.chainStep(topUp, topUpFreezeKeyOf(topUp.id), 1n, 'freeze')) === 'pending') return;
    if (topUp.status === 'charging_back') return this.finishReversal(topUp, 'charged_back', burned, unrecovered);
    const payment = await this.payment(topUp);
    if (payment?.status === 'captured') await this.commands.execute(new RefundCardPaymentCommand(payment.paymentId));
    const refunded = payment?.status === 'captured' ? await this.payment(topUp) : payment;
    if (refunded?.status === 'refunded' || refunded?.status === 'charged_back') await this.finishReversal(topUp, 'refunded', burned, unrecovered);
  }

  /** Sends a burn or freeze once (keyed by the top-up) and reports where it stands. */
  private async chainStep(topUp: TopUp, key: string, amount: bigint, action: 'burn' | 'freeze'): Promise<ChainStep> {
    if (amount === 0n) return 'done';
    const sent = await this.queries.execute(new GetChainTransactionQuery(key));
    if (sent?.status === 'confirmed') return 'done';
    if (sent?.status === 'failed') return 'failed';
    if (sent) return 'pending';
    const wallet = topUp.walletAddress as Address;
    const chainAction = action === 'burn' ? burn({ from: wallet, amount }) : setAddressFrozen({ account: wallet, frozen: true });
    await this.commands.execute(new SendChainActionCommand({ key, action: chainAction }));
    return 'pending';
  }

  private async finishReversal(topUp: TopUp, outcome: 'refunded' | 'charged_back', burned: bigint, unrecovered: bigint): Promise<void> {
    await this.topUps.transition(topUp, outcome, { shortfall: unrecovered }, [
      new TopUpReversed(topUp.id, {
        topUpId: topUp.id,
        customerId: topUp.customerId,
        amount: topUp.amount.toString(),
        outcome,
        burned: burned.toString(),
        shortfall: unrecovered.toString(),
      }),
    ]);
  }

  private async ensurePayment(topUp: TopUp): Promise<CardPayment | undefined> {
    if (topUp.paymentId) return this.payment(topUp);
    const payment = await this.commands.execute(new CreateCardPaymentCommand({ amount: topUp.amount, idempotencyKey: `topup:${topUp.id}`, reference: topUp.id }));
    await this.topUps.transition(topUp, 'created', { paymentId: payment.paymentId });
    return payment;
  }

  private async payment(topUp: TopUp): Promise<CardPayment | undefined> {
    return topUp.paymentId ? this.queries.execute(new GetCardPaymentQuery(topUp.paymentId)) : undefined;
  }
}
