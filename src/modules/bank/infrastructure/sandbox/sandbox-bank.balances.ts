import dynamoose from 'dynamoose';
import type { ModelType } from 'dynamoose/dist/General.js';
import type { Item } from 'dynamoose/dist/Item.js';
import { DynamoTables, UnitOfWork, type WriteItem, isDataConflict } from '../../../data/index.js';
import { insufficientFunds } from '../../domain/bank.errors.js';

interface AccountRecord extends Item {
  iban: string;
  balance: string;
  version: number;
  updatedAt: string;
}

const MAX_BOOKING_ATTEMPTS = 30;
/** A posting writes at most 3 items besides the balance: 30 stay under DynamoDB's 100 items per transaction. */
const MAX_POSTINGS_PER_GROUP = 30;

interface QueuedPosting {
  delta: bigint;
  at: string;
  writes: () => WriteItem[];
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** The sandbox bank's account balances and the queue that posts to them. */
export class SandboxBankBalances {
  private readonly accounts: ModelType<AccountRecord>;
  private readonly postings = new Map<string, QueuedPosting[]>();
  private readonly posting = new Set<string>();

  constructor(
    tables: DynamoTables,
    private readonly unitOfWork: UnitOfWork,
  ) {
    this.accounts = tables.define<AccountRecord>(
      'sandbox_bank_accounts',
      new dynamoose.Schema({ iban: { type: String, hashKey: true }, balance: String, version: Number, updatedAt: String }, { saveUnknown: false }),
    );
  }

  async of(iban: string): Promise<bigint> {
    const account = await this.accounts.get({ iban }, { consistent: true });
    return BigInt(account?.balance ?? '0');
  }

  /**
   * Changes a balance; the other writes commit in the same transaction. Postings to one account
   * are queued in this process and committed in groups, as a core-banking system posts them: one
   * balance update for the group (and one version check, which still protects the balance against
   * another instance). A group that fails is posted again one posting at a time, so one refused
   * posting (insufficient funds, a duplicate payout) does not take the others with it.
   */
  move(iban: string, delta: bigint, at: string, writes: () => WriteItem[]): Promise<void> {
    return new Promise((resolve, reject) => {
      const queue = this.postings.get(iban) ?? [];
      queue.push({ delta, at, writes, resolve, reject });
      this.postings.set(iban, queue);
      void this.postQueued(iban);
    });
  }

  private async postQueued(iban: string): Promise<void> {
    if (this.posting.has(iban)) return;
    this.posting.add(iban);
    try {
      for (let queue = this.postings.get(iban); queue?.length; queue = this.postings.get(iban)) {
        const group = queue.splice(0, MAX_POSTINGS_PER_GROUP);
        if (group.length > 1) {
          try {
            const total = group.reduce((sum, posting) => sum + posting.delta, 0n);
            await this.post(iban, total, group.at(-1)!.at, () => group.flatMap((posting) => posting.writes()));
            for (const posting of group) posting.resolve();
            continue;
          } catch {
            // one of them was refused: post them one by one below
          }
        }
        for (const posting of group) {
          try {
            await this.post(iban, posting.delta, posting.at, posting.writes);
            posting.resolve();
          } catch (error) {
            posting.reject(error);
          }
        }
      }
    } finally {
      this.posting.delete(iban);
    }
  }

  private async post(iban: string, delta: bigint, at: string, writes: () => WriteItem[]): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      const account = await this.accounts.get({ iban }, { consistent: true });
      const version = account?.version ?? 0;
      const balance = BigInt(account?.balance ?? '0') + delta;
      if (balance < 0n) throw insufficientFunds();
      const balanceWrite = account
        ? this.accounts.transaction.update({ iban }, { balance: balance.toString(), version: version + 1, updatedAt: at }, { condition: new dynamoose.Condition('version').eq(version) })
        : this.accounts.transaction.create({ iban, balance: balance.toString(), version: 1, updatedAt: at }, { overwrite: false });
      try {
        await this.unitOfWork.commit([balanceWrite, ...writes()]);
        return;
      } catch (error) {
        // Another booking moved the balance first: read it again, after a short random pause.
        if (!isDataConflict(error) || attempt >= MAX_BOOKING_ATTEMPTS || !balanceWasTheConflict(error)) throw error;
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * Math.min(attempt + 1, 5)));
      }
    }
  }
}

/** DynamoDB lists a reason per item; the balance write comes first. Without reasons, assume it was the balance. */
function balanceWasTheConflict(error: unknown): boolean {
  const reasons = ((error as { cause?: { CancellationReasons?: { Code?: string }[] } }).cause?.CancellationReasons ?? []);
  return reasons.length === 0 || reasons[0]?.Code === 'ConditionalCheckFailed';
}
