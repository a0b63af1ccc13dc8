import { Injectable } from '@nestjs/common';
import type { Address } from 'viem';
import { type WriteItem, isDataConflict } from '../../../data/index.js';
import { transferRefused } from '../../domain/errors/transfer.errors.js';
import { SpendingRepository, type SpendingSnapshot } from '../../infrastructure/persistence/spending.repository.js';
import { TransferRepository } from '../../infrastructure/persistence/transfer.repository.js';
import { WithdrawalRepository } from '../../infrastructure/persistence/withdrawal.repository.js';
import type { OutgoingKind } from '../../domain/spending-limits.js';
import { DailySpendRepository } from '../../infrastructure/persistence/daily-spend.repository.js';
import { TokenReader } from '../token-reader.js';
import { SpendingLimits } from './spending-limits.js';

/** A release between our read of the reservations and our write makes us read again; this many times at most. */
const RESERVATION_ATTEMPTS = 20;

export interface OutgoingOperation<T> {
  kind: OutgoingKind;
  /** The operation's id: its entry in the daily window. */
  operationId: string;
  customerId: string;
  wallet: Address;
  amount: bigint;
  /** Records the operation with its reservation writes, in one DynamoDB transaction (a failed condition throws a data conflict). */
  record: (reservation: WriteItem[]) => Promise<T>;
  /** The operation as already recorded (the same request retried while the first was running), if it is. */
  recorded: () => Promise<T | undefined>;
}

/**
 * Reserves an outgoing operation's amount (a transfer, a withdrawal) against the customer's
 * spendable balance and daily limit while recording it. Anything refused here is refused before
 * anything is held.
 */
@Injectable()
export class SpendingReservation {
  constructor(
    private readonly spending: SpendingRepository,
    private readonly tokens: TokenReader,
    private readonly transfers: TransferRepository,
    private readonly limits: SpendingLimits,
    private readonly daily: DailySpendRepository,
    private readonly withdrawals: WithdrawalRepository,
  ) {}

  async reserveAndRecord<T>(operation: OutgoingOperation<T>): Promise<T> {
    const { kind, operationId, customerId, amount } = operation;
    this.limits.checkPerOperation(kind, amount);
    await this.limits.expire(customerId);
    const allowance = this.limits.allowanceOf(kind);
    let fresh = false;
    let reread: SpendingSnapshot | undefined;
    for (let attempt = 1; ; attempt++) {
      // The reservations first, the chain second: see SpendingRepository.
      const seen = reread ?? (await this.spending.snapshot(customerId, fresh));
      reread = undefined;
      let room: bigint;
      try {
        this.limits.checkDaily(kind, amount, seen);
        room = await this.roomFor(operation, seen);
      } catch (refusal) {
        // Only the record itself may refuse: what this instance remembered may be behind a release elsewhere.
        if (seen.remembered) {
          fresh = true;
          continue;
        }
        // A release after our read may have left with money that the chain then no longer shows:
        // counted once as reserved and once as spent. The refusal stands only on a record that held still.
        reread = await this.spending.snapshot(customerId, true);
        if (reread.releases === seen.releases || attempt >= RESERVATION_ATTEMPTS) throw refusal;
        continue;
      }
      const at = Date.now();
      try {
        const recorded = await operation.record([this.spending.reserve(customerId, amount, seen, room, allowance), this.daily.entry(customerId, operationId, kind, amount, at)]);
        this.spending.reserved(customerId, seen, amount, allowance.counter);
        return recorded;
      } catch (error) {
        this.spending.forget(customerId);
        fresh = true;
        if (!isDataConflict(error) || attempt >= RESERVATION_ATTEMPTS) throw error;
        const concurrent = await operation.recorded();
        if (concurrent) return concurrent;
        // Another reservation took the room or the daily allowance (the next read says so), or a release moved the count.
      }
    }
  }

  /**
   * How much the customer's reservations may add up to: the chain's spendable balance. A reserved
   * transfer that the chain already settled, or a reserved withdrawal whose hold the chain already
   * placed, is counted twice by that rule until its reservation is released (once reserved, once
   * gone from the spendable balance); when the amount does not fit, those are found at one block
   * and counted once, so exactly the affordable operations pass.
   */
  private async roomFor({ customerId, wallet, amount }: OutgoingOperation<unknown>, seen: SpendingSnapshot): Promise<bigint> {
    const latest = await this.tokens.accountState(wallet);
    if (latest.addressFrozen) throw transferRefused('SENDER_FROZEN');
    const spendable = latest.balance - latest.held - latest.frozen;
    if (seen.reserved + amount <= spendable) return spendable;

    const block = await this.tokens.head();
    const [state, open, withdrawing] = await Promise.all([this.tokens.accountState(wallet, block), this.transfers.listOutgoingOpen(customerId), this.withdrawals.listPendingOf(customerId)]);
    const countedTwice = await Promise.all([
      ...open.map(async (pending) => (pending.authorizationNonce && (await this.tokens.authorizationUsed(wallet, pending.authorizationNonce, block)) ? pending.amount : 0n)),
      ...withdrawing.map(async (pending) => ((await this.tokens.holdOpen(wallet, pending.holdId, block)) ? pending.amount : 0n)),
    ]);
    const room = state.balance - state.held - state.frozen + countedTwice.reduce((sum, twice) => sum + twice, 0n);
    if (seen.reserved + amount > room) throw transferRefused('INSUFFICIENT_FUNDS');
    return room;
  }
}
