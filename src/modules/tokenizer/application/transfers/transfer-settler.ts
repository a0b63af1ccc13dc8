import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { CommandBus } from '@nestjs/cqrs';
import { SendChainActionCommand, batchTransferWithAuthorization } from '../../../chain/index.js';
import { failureOfRevert } from '../../domain/transfer-failure.js';
import { type Transfer, batchKeyOf } from '../../domain/transfer.js';
import { TransferRepository } from '../../infrastructure/persistence/transfer.repository.js';
import { tokenizerConfig } from '../../tokenizer.config.js';
import { TokenReader } from '../token-reader.js';
import { revertOf } from './revert-of.js';
import { authorizationTuple, singleTransferArgs } from './transfer-authorization.js';
import { TransferOutcomes, chunksOf, forEachLimited } from './transfer-outcomes.js';

/** A batch whose outcome never arrives stops counting as in flight after this long. */
const IN_FLIGHT_TIMEOUT_MS = 60_000;
/** Members marked submitted per DynamoDB transaction (its limit is 100 items). */
const SUBMISSIONS_PER_TRANSACTION = 100;
/** An authorization this close to its expiry is not sent any more: it could expire in the pool. */
const EXPIRY_MARGIN_SECONDS = 30;

/**
 * Settles signed transfer authorizations on chain, many in one `batchTransferWithAuthorization`
 * transaction. While a few batches are in flight, new authorizations gather into the next batch, so
 * batches grow with traffic and a lone transfer goes out at once. A batch is all or nothing: it is
 * simulated first, and when the simulation fails each entry is simulated alone and the ones that
 * would revert fail with their reason, without holding up the others.
 */
@Injectable()
export class TransferSettler implements OnApplicationShutdown {
  private readonly logger = new Logger(TransferSettler.name);
  private readonly waiting = new Map<string, Transfer>();
  private readonly inFlight = new Map<string, NodeJS.Timeout>();
  private readonly submitting = new Set<string>();
  private stopped = false;

  constructor(
    private readonly transfers: TransferRepository,
    private readonly outcomes: TransferOutcomes,
    private readonly tokens: TokenReader,
    private readonly commands: CommandBus,
    @Inject(tokenizerConfig.KEY) private readonly config: ConfigType<typeof tokenizerConfig>,
  ) {}

  /** Queues a pending, signed transfer (again harmlessly: one transfer is queued once). */
  enqueue(transfer: Transfer): void {
    if (this.stopped || this.submitting.has(transfer.id)) return;
    this.waiting.set(transfer.id, transfer);
    queueMicrotask(() => this.pump());
  }

  isBusyWith(transferId: string): boolean {
    return this.waiting.has(transferId) || this.submitting.has(transferId);
  }

  /** The batch's transaction ended (either way): room for the next batch. */
  settled(chainKey: string): void {
    const timer = this.inFlight.get(chainKey);
    if (!timer) return;
    clearTimeout(timer);
    this.inFlight.delete(chainKey);
    this.pump();
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    for (const timer of this.inFlight.values()) clearTimeout(timer);
  }

  private pump(): void {
    while (!this.stopped && this.waiting.size && this.inFlight.size < this.config.TRANSFER_BATCHES_IN_FLIGHT) {
      const batch = [...this.waiting.values()].slice(0, this.config.TRANSFER_BATCH_MAX);
      for (const transfer of batch) {
        this.waiting.delete(transfer.id);
        this.submitting.add(transfer.id);
      }
      const key = batchKeyOf(randomUUID());
      this.inFlight.set(key, setTimeout(() => this.settled(key), IN_FLIGHT_TIMEOUT_MS));
      void this.submit(key, batch)
        .catch((error) => {
          this.logger.warn({ err: error, chainKey: key }, 'transfer batch not sent; its transfers wait for the sweeper');
          this.settled(key);
        })
        .finally(() => batch.forEach((transfer) => this.submitting.delete(transfer.id)));
    }
  }

  private async submit(key: string, candidates: Transfer[]): Promise<void> {
    const deadline = Math.floor(Date.now() / 1000) + EXPIRY_MARGIN_SECONDS;
    const expiring = candidates.filter((transfer) => (transfer.validBefore ?? 0) <= deadline);
    await Promise.all(expiring.map((transfer) => this.outcomes.expire(transfer)));
    const valid = await this.withoutFailing(candidates.filter((transfer) => !expiring.includes(transfer)));

    // Written before the transaction is sent: after a crash the sweeper finds them by this key.
    const members: Transfer[] = [];
    const submitted = (transfer: Transfer) => ({ transfer, to: 'submitted' as const, changes: { chainKey: key, signature: transfer.signature } });
    await forEachLimited(chunksOf(valid, SUBMISSIONS_PER_TRANSACTION), 4, async (chunk) => {
      if (await this.transfers.transitionAll(chunk.map(submitted), [], [])) return void members.push(...chunk.map((transfer) => ({ ...transfer, status: 'submitted' as const, chainKey: key })));
      for (const transfer of chunk) {
        const { to, changes } = submitted(transfer);
        if (await this.transfers.transition(transfer, to, changes, [], [])) members.push({ ...transfer, status: 'submitted', chainKey: key });
      }
    });
    if (!members.length) return this.settled(key);
    await this.commands.execute(new SendChainActionCommand({ key, action: batchTransferWithAuthorization(members.map(authorizationTuple)) }));
  }

  /** The transfers that would settle now; the others fail with the reason the token gives. */
  private async withoutFailing(transfers: Transfer[]): Promise<Transfer[]> {
    if (!transfers.length) return [];
    try {
      await this.tokens.simulate('batchTransferWithAuthorizationAtomic', [transfers.map(authorizationTuple)]);
      return transfers;
    } catch (error) {
      if (!revertOf(error)) throw error;
    }
    const verdicts = await Promise.all(
      transfers.map((transfer) =>
        this.tokens.simulate('transferWithAuthorization', [...singleTransferArgs(transfer)]).then(
          () => undefined,
          (error: unknown) => {
            const revert = revertOf(error);
            if (!revert) throw error;
            return revert;
          },
        ),
      ),
    );
    const passing: Transfer[] = [];
    await Promise.all(
      transfers.map(async (transfer, index) => {
        const revert = verdicts[index];
        if (!revert) return passing.push(transfer);
        if (revert.errorName === 'EURTAuthorizationUsed') return this.outcomes.complete({ ...transfer }, undefined);
        await this.outcomes.fail(transfer, failureOfRevert(revert.errorName, revert.args, transfer.senderWallet));
      }),
    );
    return passing;
  }
}
