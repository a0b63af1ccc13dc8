import { Injectable } from '@nestjs/common';
import type { ModelType } from 'dynamoose/dist/General.js';
import { DynamoTables, GroupCommit, GroupRead, isDataConflict } from '../../../data/index.js';
import type { ChainTransactionView } from '../../domain/chain-transaction.js';
import {
  type ChainTransactionFields,
  type ChainTransactionRecord,
  OPEN_INDEX,
  type SignerNonceRecord,
  type TransactionHashRecord,
  chainTransactionSchema,
  signerNonceSchema,
  transactionHashSchema,
} from './chain-transaction.model.js';
import { revertOfRecord } from './recorded-revert.js';

/** The operator's transaction records, its stored nonce and the hash -> key index, in DynamoDB. */
@Injectable()
export class ChainTransactionStore {
  readonly transactions: ModelType<ChainTransactionRecord>;
  readonly nonces: ModelType<SignerNonceRecord>;
  readonly hashes: ModelType<TransactionHashRecord>;
  /** Consistent reads made at the same time share a BatchGetItem (a batch's members, concurrent followers). */
  private readonly reads: GroupRead<ChainTransactionRecord>;

  constructor(
    tables: DynamoTables,
    private readonly groupCommit: GroupCommit,
  ) {
    this.transactions = tables.define<ChainTransactionRecord>('chain_transactions', chainTransactionSchema);
    this.nonces = tables.define<SignerNonceRecord>('chain_nonces', signerNonceSchema);
    this.hashes = tables.define<TransactionHashRecord>('chain_transaction_hashes', transactionHashSchema);
    this.reads = new GroupRead(this.transactions, 'key', true);
  }

  /** Records a new transaction; false when one with its key exists already. Records made at the same time (a batch's mints) share a transaction. */
  async create(record: ChainTransactionFields): Promise<boolean> {
    try {
      await this.groupCommit.commit([this.transactions.transaction.create(record, { overwrite: false })], record.key);
      return true;
    } catch (error) {
      if (!isDataConflict(error)) throw error;
      return false;
    }
  }

  read(key: string): Promise<ChainTransactionRecord | undefined> {
    return this.reads.get(key);
  }

  readMany(keys: readonly string[]): Promise<(ChainTransactionRecord | undefined)[]> {
    return Promise.all(keys.map((key) => this.read(key)));
  }

  async view(key: string): Promise<ChainTransactionView | undefined> {
    const record = await this.transactions.get({ key });
    if (!record) return undefined;
    const { status, hash, blockNumber, error, batchKey } = record;
    const revert = revertOfRecord(record);
    return { key, status, hash, blockNumber, error, ...(revert ? { revert } : {}), ...(batchKey ? { batchKey } : {}) };
  }

  async keyOfHash(hash: string): Promise<string | undefined> {
    return (await this.hashes.get({ hash: hash.toLowerCase() }))?.key;
  }

  /** Queued transactions recorded since `sinceIso` (by any instance): what the signer picks up. */
  async listQueuedSince(sinceIso: string): Promise<ChainTransactionRecord[]> {
    const page = await this.transactions.query('open').eq('1').where('createdAt').ge(sinceIso).filter('status').eq('queued').using(OPEN_INDEX).limit(500).exec();
    return [...page];
  }

  /** Every transaction not final yet (the sparse open index). */
  async listOpen(): Promise<ChainTransactionRecord[]> {
    const open: ChainTransactionRecord[] = [];
    let lastKey: object | undefined;
    do {
      let query = this.transactions.query('open').eq('1').using(OPEN_INDEX).limit(500);
      if (lastKey) query = query.startAt(lastKey as never);
      const page = await query.exec();
      open.push(...page);
      lastKey = page.lastKey;
    } while (lastKey);
    return open;
  }

  /**
   * The records whose `attribute` equals `value`, reading at most `scanLimit` records: a scan, for
   * operators' views of rare records (failures, attestations), never for a money path.
   */
  async scanWhere(attribute: 'status' | 'kind', value: string, scanLimit: number): Promise<ChainTransactionRecord[]> {
    const found: ChainTransactionRecord[] = [];
    let lastKey: object | undefined;
    let read = 0;
    do {
      let scan = this.transactions.scan().where(attribute).eq(value).limit(1_000);
      if (lastKey) scan = scan.startAt(lastKey as never);
      const page = await scan.exec();
      found.push(...page);
      read += page.scannedCount ?? 1_000;
      lastKey = page.lastKey;
    } while (lastKey && read < scanLimit);
    return found;
  }
}
