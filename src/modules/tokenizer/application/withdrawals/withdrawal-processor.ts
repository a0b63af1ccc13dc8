import { Injectable, Logger } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { type Address, type Hex, zeroAddress } from 'viem';
import { type Payout, GetPayoutQuery, SendPayoutCommand } from '../../../bank/index.js';
import { type ChainAction, type ContractRevert, GetPlatformContractsQuery, MintTokensCommand, SendChainActionCommand, executeHold, holdWithAuthorization, releaseHold } from '../../../chain/index.js';
import { SignTypedDataCommand, TOKEN_TYPED_DATA, tokenDomain } from '../../../custody/index.js';
import { GetBankAccountQuery } from '../../../customers/index.js';
import { isDataConflict } from '../../../data/index.js';
import { WithdrawalCompleted, WithdrawalCreditedBack, WithdrawalReleased } from '../../domain/events/withdrawal.events.js';
import { failureOfRevert } from '../../domain/transfer-failure.js';
import { type Withdrawal, chainKeyOf, payoutIdOf } from '../../domain/withdrawal.js';
import { SpendingRepository } from '../../infrastructure/persistence/spending.repository.js';
import { WithdrawalRepository } from '../../infrastructure/persistence/withdrawal.repository.js';
import { SpendingLimits } from '../reservations/spending-limits.js';

/**
 * Drives withdrawals once requested (see RequestWithdrawalHandler): hold on chain with the customer's signed HoldWithAuthorization
 * (notary: the operator; payee: none, so executing it burns), pay out through the bank port (one
 * payout id per withdrawal: the bank module records it before asking the bank, and a payout whose
 * outcome is unknown is asked for again under the same id, never sent anew), burn on settlement,
 * release on rejection or return. Every step persists its state first and acts idempotently
 * (chain transactions and payouts are keyed by the withdrawal), so any worker resumes any
 * withdrawal after a crash.
 */
@Injectable()
export class WithdrawalProcessor {
  private readonly logger = new Logger(WithdrawalProcessor.name);

  constructor(
    private readonly withdrawals: WithdrawalRepository,
    private readonly spending: SpendingRepository,
    private readonly limits: SpendingLimits,
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
  ) {}

  /** Does whatever the withdrawal's state calls for next (idempotent). */
  async advance(id: string): Promise<void> {
    const withdrawal = await this.withdrawals.get(id);
    if (!withdrawal) return;
    switch (withdrawal.status) {
      case 'pending':
        return this.hold(withdrawal);
      case 'funds_held':
        return this.payOut(withdrawal);
      case 'payout_sent':
        return withdrawal.payoutSettled ? this.burn(withdrawal) : this.followPayout(withdrawal);
      case 'payout_failed':
        return this.release(withdrawal);
      case 'crediting':
        return this.credit(withdrawal);
      default:
        return;
    }
  }

  async holdConfirmed(id: string): Promise<void> {
    const withdrawal = await this.withdrawals.get(id);
    if (withdrawal?.status !== 'pending') return;
    // On hold on chain now: the chain's spendable balance no longer counts it, so the reservation goes.
    if (await this.withdrawals.transition(withdrawal, 'funds_held', {}, [this.spending.release(withdrawal.customerId, withdrawal.amount)])) await this.advance(id);
  }

  async holdFailed(id: string, revert: ContractRevert | undefined): Promise<void> {
    const withdrawal = await this.withdrawals.get(id);
    if (withdrawal?.status !== 'pending') return;
    const failure = failureOfRevert(revert?.name, revert?.args ?? [], withdrawal.walletAddress);
    const failed = await this.withdrawals.transition(withdrawal, 'failed', { reason: failure.reason }, [this.spending.release(withdrawal.customerId, withdrawal.amount)]);
    if (failed) await this.limits.giveBack(withdrawal.customerId, id, 'withdrawal', withdrawal.amount);
  }

  async payoutSent(id: string, endToEndId: string | undefined): Promise<void> {
    const withdrawal = await this.withdrawals.get(id);
    if (withdrawal?.status !== 'funds_held') return;
    await this.withdrawals.transition(withdrawal, 'payout_sent', endToEndId ? { endToEndId } : {});
  }

  async payoutSettled(id: string): Promise<void> {
    let withdrawal = await this.withdrawals.get(id);
    if (withdrawal?.status === 'funds_held') {
      await this.payoutSent(id, undefined);
      withdrawal = await this.withdrawals.get(id);
    }
    if (withdrawal?.status !== 'payout_sent' || withdrawal.payoutSettled) return;
    // The payout is final: recorded before the burn is sent, so a crash resumes with the burn.
    if (await this.withdrawals.transition(withdrawal, 'payout_sent', { payoutSettled: true })) await this.advance(id);
  }

  async payoutReturned(id: string, reason: string): Promise<void> {
    const withdrawal = await this.withdrawals.get(id);
    if (!withdrawal) return;
    if ((withdrawal.status === 'funds_held' || withdrawal.status === 'payout_sent') && !withdrawal.payoutSettled) {
      const moved = await this.withdrawals.transition(withdrawal, 'payout_failed', { reason: `The bank returned the payout (${reason}); the money is back in your account.` });
      if (moved) await this.advance(id);
      return;
    }
    if (withdrawal.status === 'completed' || withdrawal.payoutSettled) await this.creditBack(withdrawal, reason);
  }

  async burnConfirmed(id: string): Promise<void> {
    const withdrawal = await this.withdrawals.get(id);
    if (withdrawal?.status !== 'payout_sent') return;
    const payload = { withdrawalId: id, customerId: withdrawal.customerId, amount: withdrawal.amount.toString() };
    await this.withdrawals.transition(withdrawal, 'completed', {}, [], [new WithdrawalCompleted(id, payload)]);
  }

  async releaseConfirmed(id: string): Promise<void> {
    const withdrawal = await this.withdrawals.get(id);
    if (withdrawal?.status !== 'payout_failed') return;
    const payload = { withdrawalId: id, customerId: withdrawal.customerId, amount: withdrawal.amount.toString(), reason: withdrawal.reason ?? 'payout failed' };
    const released = await this.withdrawals.transition(withdrawal, 'released', {}, [], [new WithdrawalReleased(id, payload)]);
    if (released) await this.limits.giveBack(withdrawal.customerId, id, 'withdrawal', withdrawal.amount);
  }

  async creditConfirmed(id: string): Promise<void> {
    const credit = await this.withdrawals.get(id);
    if (credit?.status !== 'crediting') return;
    const payload = { withdrawalId: id, customerId: credit.customerId, amount: credit.amount.toString(), returnOf: credit.returnOf as string };
    await this.withdrawals.transition(credit, 'completed', {}, [], [new WithdrawalCreditedBack(id, payload)]);
  }

  /** A chain step failed (paused, frozen...): the withdrawal stays open and the sweeper tries again. */
  stepFailed(id: string, step: string, reason: string): void {
    this.logger.error({ withdrawalId: id, step, reason }, 'withdrawal chain step failed; retried by the sweeper, an operator may need to look');
  }

  private async hold(withdrawal: Withdrawal): Promise<void> {
    const contracts = await this.queries.execute(new GetPlatformContractsQuery());
    const message = {
      holder: withdrawal.walletAddress as Address,
      holdId: withdrawal.holdId,
      notary: contracts.operator,
      payee: zeroAddress,
      amount: withdrawal.amount,
      expiresAt: BigInt(withdrawal.holdExpiresAt),
      deadline: BigInt(withdrawal.holdDeadline),
    };
    const { signature } = await this.commands.execute(
      new SignTypedDataCommand(withdrawal.customerId, {
        domain: tokenDomain(contracts.chainId, contracts.token),
        types: {
          HoldWithAuthorization: [...TOKEN_TYPED_DATA.HoldWithAuthorization.fields],
        },
        primaryType: 'HoldWithAuthorization',
        message,
      }),
    );
    await this.send(withdrawal, 'hold', holdWithAuthorization({ ...message, signature: signature as Hex }));
  }

  private async payOut(withdrawal: Withdrawal): Promise<void> {
    const account = await this.queries.execute(new GetBankAccountQuery(withdrawal.customerId, withdrawal.bankAccountId));
    let payout: Payout;
    if (account) {
      payout = await this.commands.execute(
        new SendPayoutCommand({
          payoutId: payoutIdOf(withdrawal.id),
          amount: withdrawal.amount,
          reference: `EURT withdrawal ${withdrawal.id.slice(0, 8)}`,
          creditor: { iban: account.iban, name: account.holderName },
        }),
      );
    } else {
      // The account was unlinked meanwhile: a payout already recorded goes on; otherwise there is nowhere to pay.
      const known = await this.queries.execute(new GetPayoutQuery(payoutIdOf(withdrawal.id)));
      if (!known) {
        const moved = await this.withdrawals.transition(withdrawal, 'payout_failed', { reason: 'The bank account was removed before the payout; the money is back in your account.' });
        if (moved) await this.advance(withdrawal.id);
        return;
      }
      payout = known;
    }
    await this.applyPayout(withdrawal.id, payout);
  }

  /** The payout's outcome is not known here yet: ask the bank module (never send it again). */
  private async followPayout(withdrawal: Withdrawal): Promise<void> {
    const payout = await this.queries.execute(new GetPayoutQuery(payoutIdOf(withdrawal.id)));
    if (payout) await this.applyPayout(withdrawal.id, payout);
  }

  private async applyPayout(id: string, payout: Payout): Promise<void> {
    if (payout.status === 'sent') await this.payoutSent(id, payout.endToEndId);
    else if (payout.status === 'settled') await this.payoutSettled(id);
    else if (payout.status === 'returned') await this.payoutReturned(id, payout.reason ?? 'returned');
  }

  private async burn(withdrawal: Withdrawal): Promise<void> {
    await this.send(withdrawal, 'burn', executeHold(withdrawal.walletAddress as Address, withdrawal.holdId));
  }

  private async release(withdrawal: Withdrawal): Promise<void> {
    await this.send(withdrawal, 'release', releaseHold(withdrawal.walletAddress as Address, withdrawal.holdId));
  }

  /** A return after settlement: the money is on the omnibus again; a new linked operation mints it back. */
  private async creditBack(withdrawal: Withdrawal, reason: string): Promise<void> {
    const creditId = `${withdrawal.id}-return`;
    try {
      await this.withdrawals.create(
        {
          ...withdrawal,
          id: creditId,
          kind: 'return',
          status: 'crediting',
          reason: `The bank returned the payout after it was settled (${reason}).`,
          returnOf: withdrawal.id,
          payoutSettled: undefined,
        },
        [],
      );
    } catch (error) {
      if (!isDataConflict(error)) throw error; // already being credited
    }
    await this.advance(creditId);
  }

  private async credit(credit: Withdrawal): Promise<void> {
    const { token } = await this.queries.execute(new GetPlatformContractsQuery());
    await this.commands.execute(new MintTokensCommand({ key: chainKeyOf(credit.id, 'credit'), token, to: credit.walletAddress as Address, amount: credit.amount }));
  }

  private async send(withdrawal: Withdrawal, step: 'hold' | 'burn' | 'release', action: ChainAction): Promise<void> {
    await this.commands.execute(new SendChainActionCommand({ key: chainKeyOf(withdrawal.id, step), action }));
  }
}
