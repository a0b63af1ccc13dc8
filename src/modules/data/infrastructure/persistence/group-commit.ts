import { Injectable } from '@nestjs/common';
import type { DomainEvent } from '../../../../shared/events/index.js';
import { UnitOfWork, type WriteItem, isDataConflict } from './unit-of-work.js';

interface Entry {
  /** The caller's writes, then the outbox items of its events. */
  writes: WriteItem[];
  events: DomainEvent[];
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
 * outcome: when the group fails a condition, DynamoDB's cancellation reasons name the items that
 * failed; their entries see the conflict and the others are committed again together (one by one
 * when the reasons are missing, or when the group failed for another reason).
 */
@Injectable()
export class GroupCommit {
  private readonly waiting: Entry[] = [];
  private inFlight = 0;

  constructor(private readonly unitOfWork: UnitOfWork) {}

  /** Commits `writes` and `events` (as UnitOfWork.commit would) in the next group; `itemKey` names the item no other entry of a group may touch. */
  commit(writes: WriteItem[], itemKey: string, events: DomainEvent[] = []): Promise<void> {
    // Built now: the events' outbox items are attributed to the caller acting here, not to whoever's commit carries them.
    const all = [...writes, ...this.unitOfWork.outboxWrites(events)];
    return new Promise((resolve, reject) => {
      this.waiting.push({ writes: all, events, itemKey, resolve, reject });
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
    if (group.length === 1) return this.commitAlone(group[0]);
    try {
      await this.unitOfWork.commit(group.flatMap((entry) => entry.writes));
      group.forEach((entry) => this.done(entry));
      return;
    } catch (error) {
      // Not a condition (an item DynamoDB refuses, a fault): each alone, so it is only its own caller's.
      const failed = isDataConflict(error) ? failedEntries(group, error) : undefined;
      if (!failed) return void (await Promise.all(group.map((entry) => this.commitAlone(entry))));
      failed.forEach((entry) => entry.reject(error));
      const rest = group.filter((entry) => !failed.includes(entry));
      if (rest.length) await this.commitGroup(rest);
    }
  }

  private commitAlone(entry: Entry): Promise<void> {
    return this.unitOfWork.commit(entry.writes).then(
      () => this.done(entry),
      (error: unknown) => entry.reject(error),
    );
  }

  private done(entry: Entry): void {
    this.unitOfWork.committed(entry.events);
    entry.resolve();
  }
}

/** The entries whose items failed their condition, from the reasons DynamoDB gave per item in order; undefined when it gave none. */
function failedEntries(group: Entry[], conflict: unknown): Entry[] | undefined {
  const reasons = ((conflict as { cause?: { CancellationReasons?: { Code?: string }[] } }).cause?.CancellationReasons ?? []).map((reason) => reason.Code);
  const items = group.reduce((sum, entry) => sum + entry.writes.length, 0);
  if (reasons.length !== items) return undefined;
  let offset = 0;
  const failed = group.filter((entry) => {
    const own = reasons.slice(offset, (offset += entry.writes.length));
    return own.some((code) => code === 'ConditionalCheckFailed');
  });
  return failed.length ? failed : undefined;
}
