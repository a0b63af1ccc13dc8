import type { ModelType } from 'dynamoose/dist/General.js';
import type { Item } from 'dynamoose/dist/Item.js';

/** DynamoDB takes at most 100 keys per BatchGetItem. */
const MAX_KEYS = 100;
const READS_IN_FLIGHT = 2;

interface Waiter<T> {
  resolve: (item: T | undefined) => void;
  reject: (error: unknown) => void;
}

/**
 * Group read: gets of one table's items (by hash key) that arrive while a read is in flight are
 * made together in the next BatchGetItem, so concurrent requests cost one call. Each read is made
 * after it was asked for, with the consistency asked for: a caller sees what a get of its own
 * would have seen. Keys DynamoDB leaves unprocessed go in the next batch.
 */
export class GroupRead<T extends Item> {
  private readonly waiting = new Map<string, Waiter<T>[]>();
  private inFlight = 0;

  constructor(
    private readonly model: ModelType<T>,
    private readonly hashKey: string,
    private readonly consistent: boolean,
  ) {}

  get(key: string): Promise<T | undefined> {
    return new Promise((resolve, reject) => {
      const waiters = this.waiting.get(key);
      if (waiters) waiters.push({ resolve, reject });
      else this.waiting.set(key, [{ resolve, reject }]);
      this.flush();
    });
  }

  private flush(): void {
    while (this.waiting.size && this.inFlight < READS_IN_FLIGHT) {
      const batch = new Map<string, Waiter<T>[]>();
      for (const [key, waiters] of this.waiting) {
        if (batch.size >= MAX_KEYS) break;
        batch.set(key, waiters);
      }
      for (const key of batch.keys()) this.waiting.delete(key);
      this.inFlight++;
      void this.read(batch).finally(() => {
        this.inFlight--;
        this.flush();
      });
    }
  }

  private async read(batch: Map<string, Waiter<T>[]>): Promise<void> {
    let found: T[] & { unprocessedKeys?: Record<string, unknown>[] };
    try {
      found = (await this.model.batchGet(
        [...batch.keys()].map((key) => ({ [this.hashKey]: key })),
        { consistent: this.consistent },
      )) as unknown as T[] & { unprocessedKeys?: Record<string, unknown>[] };
    } catch (error) {
      for (const waiters of batch.values()) waiters.forEach((waiter) => waiter.reject(error));
      return;
    }
    const byKey = new Map<string, T>(found.map((item) => [String((item as unknown as Record<string, unknown>)[this.hashKey]), item]));
    const unprocessed = new Set((found.unprocessedKeys ?? []).map((key) => String(key[this.hashKey])));
    for (const [key, waiters] of batch) {
      if (unprocessed.has(key)) {
        // Asked again in the next batch: its waiters wait on.
        this.waiting.set(key, [...waiters, ...(this.waiting.get(key) ?? [])]);
        continue;
      }
      const item = byKey.get(key);
      waiters.forEach((waiter) => waiter.resolve(item));
    }
  }
}
