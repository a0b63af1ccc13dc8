import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import dynamoose from 'dynamoose';
import type { ModelType } from 'dynamoose/dist/General.js';
import type { Item } from 'dynamoose/dist/Item.js';
import { getAbiItem } from 'viem';
import { safeIntegerOf } from '../../../../shared/numbers/index.js';
import { DynamoTables, FleetLeases, UnitOfWork, type WriteItem, isDataConflict } from '../../../data/index.js';
import { chainConfig } from '../../chain.config.js';
import { euroTokenAbi } from '../../contracts/generated/index.js';
import { ContractRegistry } from '../deployment/contract-registry.js';
import { TokenTransferObserved } from '../../domain/events/token-transfer-observed.event.js';
import { ChainClients } from '../node/chain-clients.js';

interface CursorRecord extends Item {
  name: string;
  lastBlock: number;
  updatedAt: string;
}

interface ObservedLogRecord extends Item {
  id: string;
  blockNumber: number;
  observedAt: string;
}

const CURSOR = 'token-transfers';
/** Each log brings its record and its event: 2 of the 100 items a DynamoDB transaction takes. */
const LOGS_PER_TRANSACTION = 50;
const transferEvent = getAbiItem({ abi: euroTokenAbi, name: 'Transfer' });

/**
 * Follows the token's Transfer logs from the last processed block, `confirmations` behind the
 * head, and raises one TokenTransferObserved per log. Each log and its event commit together
 * (conditionally on the log id), then the cursor moves: a crash replays a range harmlessly.
 */
@Injectable()
export class TokenEventIndexer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(TokenEventIndexer.name);
  private readonly cursors: ModelType<CursorRecord>;
  private readonly observed: ModelType<ObservedLogRecord>;
  private timer?: NodeJS.Timeout;
  private running = false;
  /** The last block this process indexed: a poll with no newer confirmed block reads no cursor. */
  private indexedUpTo?: number;

  constructor(
    tables: DynamoTables,
    private readonly unitOfWork: UnitOfWork,
    private readonly clients: ChainClients,
    private readonly registry: ContractRegistry,
    private readonly leases: FleetLeases,
    @Inject(chainConfig.KEY) private readonly config: ConfigType<typeof chainConfig>,
  ) {
    this.cursors = tables.define<CursorRecord>(
      'chain_indexer_cursors',
      new dynamoose.Schema({ name: { type: String, hashKey: true }, lastBlock: Number, updatedAt: String }, { saveUnknown: false }),
    );
    this.observed = tables.define<ObservedLogRecord>(
      'chain_observed_logs',
      new dynamoose.Schema({ id: { type: String, hashKey: true }, blockNumber: Number, observedAt: String }, { saveUnknown: false }),
    );
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.poll(), this.config.INDEXER_POLL_MS);
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Processes every confirmed block not yet indexed; returns the last block indexed. */
  async poll(): Promise<number | undefined> {
    // One instance of the fleet indexes (the one on duty); a crash or a handover replays harmlessly.
    if (this.running || !this.leases.onDuty) return undefined;
    this.running = true;
    try {
      const confirmations = this.config.INDEXER_CONFIRMATIONS ?? this.clients.confirmations;
      const safeHead = safeIntegerOf(await this.clients.publicClient.getBlockNumber({ cacheTime: 0 }), 'block number') - confirmations;
      if (this.indexedUpTo !== undefined && safeHead <= this.indexedUpTo) return this.indexedUpTo;
      let last = (await this.cursors.get({ name: CURSOR }, { consistent: true }))?.lastBlock ?? this.config.INDEXER_START_BLOCK - 1;
      while (last < safeHead) {
        const to = Math.min(safeHead, last + this.config.INDEXER_MAX_BLOCK_RANGE);
        await this.index(last + 1, to);
        last = to;
      }
      this.indexedUpTo = last;
      return last;
    } catch (error) {
      this.logger.warn({ err: error }, 'indexing failed; retrying on the next poll');
      return undefined;
    } finally {
      this.running = false;
    }
  }

  private async index(fromBlock: number, toBlock: number): Promise<void> {
    const logs = await this.clients.publicClient.getLogs({
      address: this.registry.contracts.token,
      event: transferEvent,
      fromBlock: BigInt(fromBlock),
      toBlock: BigInt(toBlock),
      strict: true,
    });
    const entries = logs.map((log) => {
      const id = `${log.transactionHash}:${log.logIndex}`;
      const event = new TokenTransferObserved(id, {
        from: log.args.from,
        to: log.args.to,
        amount: log.args.value.toString(),
        transactionHash: log.transactionHash,
        logIndex: log.logIndex,
        blockNumber: log.blockNumber.toString(),
      });
      const write = this.observed.transaction.create({ id, blockNumber: safeIntegerOf(log.blockNumber, 'block number'), observedAt: new Date().toISOString() }, { overwrite: false });
      return { write, event };
    });
    // Many logs per transaction (a batch of transfers emits one per member); a chunk that meets a
    // log indexed before a crash goes again one log at a time.
    for (let start = 0; start < entries.length; start += LOGS_PER_TRANSACTION) {
      const chunk = entries.slice(start, start + LOGS_PER_TRANSACTION);
      if (await this.commitOnce(chunk)) continue;
      for (const entry of chunk) await this.commitOnce([entry]);
    }
    await this.cursors.update({ name: CURSOR }, { lastBlock: toBlock, updatedAt: new Date().toISOString() });
  }

  /** Commits logs with their events; false when one of them was already indexed (then nothing is written). */
  private async commitOnce(entries: { write: WriteItem; event: TokenTransferObserved }[]): Promise<boolean> {
    try {
      await this.unitOfWork.commit(
        entries.map((entry) => entry.write),
        entries.map((entry) => entry.event),
      );
      return true;
    } catch (error) {
      if (!isDataConflict(error)) throw error;
      return false;
    }
  }
}
