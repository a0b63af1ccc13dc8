import { Injectable, Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Address, Hex } from 'viem';
import { type ContractRevert, SendChainActionCommand, transferWithAuthorization } from '../../../chain/index.js';
import { TransferCompleted, TransferFailed } from '../../domain/events/transfer.events.js';
import { type TransferFailure, failureOf, failureOfRevert } from '../../domain/transfer-failure.js';
import { type Transfer, isBatchKey, singleKeyOf, transferIdOfSingleKey } from '../../domain/transfer.js';
import { SpendingRepository } from '../../infrastructure/persistence/spending.repository.js';
import { TransferRepository } from '../../infrastructure/persistence/transfer.repository.js';
import { SpendingLimits } from '../reservations/spending-limits.js';
import { TokenReader } from '../token-reader.js';
import { authorizationTuple } from './transfer-authorization.js';

/** Members of a settled batch are finished this many at a time. */
const FINISH_CONCURRENCY = 16;
/** Members completed per DynamoDB transaction: each brings its update, its event and at most one release (100 items at most). */
const COMPLETIONS_PER_TRANSACTION = 30;

/**
 * What happens to transfers when their chain transaction ends: a batch or single transaction that
 * was mined completes them; a failed batch sends each member alone, so one bad entry does not fail
 * the others; a failed single transaction fails its transfer with a reason a person understands.
 * Every step is conditional on the transfer's state, so a redelivered outcome does nothing.
 */
@Injectable()
export class TransferOutcomes {
  private readonly logger = new Logger(TransferOutcomes.name);

  constructor(
    private readonly transfers: TransferRepository,
    private readonly spending: SpendingRepository,
    private readonly limits: SpendingLimits,
    private readonly tokens: TokenReader,
    private readonly commands: CommandBus,
  ) {}

  async confirmed(chainKey: string, transactionHash: string): Promise<void> {
    const members = await this.membersOf(chainKey);
    const chunks = chunksOf(members, COMPLETIONS_PER_TRANSACTION);
    await forEachLimited(chunks, 4, async (chunk) => {
      const together = await this.transfers.transitionAll(
        chunk.map((transfer) => ({ transfer, to: 'completed' as const, changes: { transactionHash } })),
        this.spending.releaseAll(chunk.map((transfer) => ({ customerId: transfer.senderId as string, amount: transfer.amount }))),
        chunk.map((transfer) => new TransferCompleted(transfer.id, { ...payloadOf(transfer), transactionHash })),
      );
      // One of them was finished by someone else: each on its own, conditionally.
      if (!together) await forEachLimited(chunk, FINISH_CONCURRENCY, (transfer) => this.complete(transfer, transactionHash));
    });
  }

  async failed(chainKey: string, revert: ContractRevert | undefined): Promise<void> {
    const errorName = revert?.name;
    const members = await this.membersOf(chainKey);
    if (isBatchKey(chainKey)) {
      this.logger.warn({ chainKey, members: members.length, errorName }, 'transfer batch failed; sending its members one by one');
      await forEachLimited(members, FINISH_CONCURRENCY, (transfer) => this.sendAlone(transfer));
      return;
    }
    for (const transfer of members) {
      if (errorName === 'EURTAuthorizationUsed') {
        // Our nonce is used only by this transfer's authorization: it was settled by an earlier transaction.
        const used = await this.tokens.authorizationUsed(transfer.senderWallet as Address, transfer.authorizationNonce as Hex);
        if (used) {
          await this.complete(transfer);
          continue;
        }
      }
      await this.fail(transfer, failureOfRevert(errorName, revert?.args ?? [], transfer.senderWallet));
    }
  }

  /** Settles the transfer in a transaction of its own (idempotent by key: sending it again returns the first). */
  async sendAlone(transfer: Transfer): Promise<void> {
    const key = singleKeyOf(transfer.id);
    if (transfer.chainKey !== key && !(await this.transfers.rekey(transfer, key))) return;
    await this.commands.execute(new SendChainActionCommand({ key, action: transferWithAuthorization(authorizationTuple(transfer)) }));
  }

  async complete(transfer: Transfer, transactionHash?: string): Promise<void> {
    const payload = { ...payloadOf(transfer), ...(transactionHash ? { transactionHash } : {}) };
    await this.transfers.transition(
      transfer,
      'completed',
      transactionHash ? { transactionHash } : {},
      [this.spending.release(transfer.senderId as string, transfer.amount)],
      [new TransferCompleted(transfer.id, payload)],
    );
  }

  async fail(transfer: Transfer, failure: TransferFailure): Promise<void> {
    this.logger.warn({ transferId: transfer.id, reasonCode: failure.code }, 'transfer failed');
    const failed = await this.transfers.transition(
      transfer,
      'failed',
      { reason: failure.reason, reasonCode: failure.code },
      [this.spending.release(transfer.senderId as string, transfer.amount)],
      [new TransferFailed(transfer.id, { ...payloadOf(transfer), reasonCode: failure.code })],
    );
    if (failed) await this.limits.giveBack(transfer.senderId as string, transfer.id, 'transfer', transfer.amount);
  }

  expire(transfer: Transfer): Promise<void> {
    return this.fail(transfer, failureOf('EXPIRED'));
  }

  private async membersOf(chainKey: string): Promise<Transfer[]> {
    if (isBatchKey(chainKey)) return (await this.transfers.listByChainKey(chainKey)).filter((transfer) => transfer.status === 'submitted');
    const transferId = transferIdOfSingleKey(chainKey);
    const transfer = transferId ? await this.transfers.get(transferId) : undefined;
    return transfer?.status === 'submitted' && transfer.chainKey === chainKey ? [transfer] : [];
  }
}

function payloadOf(transfer: Transfer) {
  return { transferId: transfer.id, senderId: transfer.senderId as string, recipientId: transfer.recipientId as string, amount: transfer.amount.toString() };
}

export function chunksOf<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));
}

export async function forEachLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++]);
  });
  await Promise.all(workers);
}
