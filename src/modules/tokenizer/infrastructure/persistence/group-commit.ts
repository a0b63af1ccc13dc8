import { Injectable } from '@nestjs/common';
import { UnitOfWork, type WriteItem, isDataConflict } from '../../../data/index.js';

interface Entry {
  writes: WriteItem[];
  /** Entries that touch the same item (the same customer's reservations) never share a transaction. */
  itemKey: string;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** DynamoDB takes at most 100 items per transaction. */
const MAX_ITEMS = 100;
const COMMITS_IN_FLIGHT = 2;

/**
 * Group commit: writes that arrive while a commit is in flight are committed together in the next
 * DynamoDB transaction, which costs about what one write costs. Each caller still gets its own
 * outcome: when the group fails a condition, its entries are committed one by one, so only the
 * entry whose condition failed sees a conflict.
 */
@Injectable()
export class GroupCommit {
  private readonly waiting: Entry[] = [];
  private inFlight = 0;

  constructor(private readonly unitOfWork: UnitOfWork) {}

  commit(writes: WriteItem[], itemKey: string): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ writes, itemKey, resolve, reject });
      this.flush();
    });
  }

  private flush(): void {
    while (this.waiting.length && this.inFlight < COMMITS_IN_FLIGHT) {
      const group: Entry[] = [];
      const keys = new Set<string>();
      let items = 0;
      for (let index = 0; index < this.waiting.length; ) {
        const entry = this.waiting[index];
        if (keys.has(entry.itemKey) || items + entry.writes.length > MAX_ITEMS) {
          index++;
          continue;
        }
        group.push(entry);
        keys.add(entry.itemKey);
        items += entry.writes.length;
        this.waiting.splice(index, 1);
      }
      this.inFlight++;
      void this.commitGroup(group).finally(() => {
        this.inFlight--;
        this.flush();
      });
    }
  }

  private async commitGroup(group: Entry[]): Promise<void> {
    if (group.length > 1) {
      try {
        await this.unitOfWork.commit(group.flatMap((entry) => entry.writes));
        group.forEach((entry) => entry.resolve());
        return;
      } catch (error) {
        if (!isDataConflict(error)) return group.forEach((entry) => entry.reject(error));
      }
    }
    await Promise.all(
      group.map((entry) =>
        this.unitOfWork.commit(entry.writes).then(
          () => entry.resolve(),
          (error: unknown) => entry.reject(error),
        ),
      ),
    );
  }
}
