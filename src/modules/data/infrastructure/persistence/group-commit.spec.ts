import { jest } from '@jest/globals';
import { ConflictError } from '../../../../shared/errors/index.js';
import type { DomainEvent } from '../../../../shared/events/index.js';
import type { UnitOfWork, WriteItem } from './unit-of-work.js';
import { GroupCommit } from './group-commit.js';

const write = (name: string) => ({ name }) as unknown as WriteItem;
const conflict = () => new ConflictError('DATA.CONDITION_FAILED', 'The record changed or already exists.');

/** The outbox side of UnitOfWork: an event becomes one item named after it; committed ones are recorded. */
function events() {
  const published: string[] = [];
  return {
    published,
    outboxWrites: (list: DomainEvent[]) => list.map((event) => write(`outbox:${event.eventType}`)),
    committed: (list: DomainEvent[]) => published.push(...list.map((event) => event.eventType)),
  };
}

describe('group commit', () => {
  it('behavior: writes arriving while a commit is in flight share the next transaction; one customer never twice in one', async () => {
    const commits: string[][] = [];
    const unitOfWork = { ...events(), commit: jest.fn(async (writes: WriteItem[]) => void commits.push(writes.map((item) => (item as unknown as { name: string }).name))) };
    const group = new GroupCommit(unitOfWork as unknown as UnitOfWork);
    await Promise.all([
      group.commit([write('a1')], 'a'),
      group.commit([write('b1')], 'b'),
      group.commit([write('c1')], 'c'),
      group.commit([write('a2')], 'a'),
      group.commit([write('d1')], 'd'),
    ]);
    expect(commits.flat().sort()).toEqual(['a1', 'a2', 'b1', 'c1', 'd1']);
    for (const transaction of commits) expect(transaction.filter((name) => name.startsWith('a')).length).toBeLessThanOrEqual(1);
    expect(commits.length).toBeLessThan(5);
  });

  it('error: when the group fails a condition, only the entry whose condition failed sees the conflict', async () => {
    const unitOfWork = {
      ...events(),
      commit: jest.fn(async (writes: WriteItem[]) => {
        if (writes.some((item) => (item as unknown as { name: string }).name === 'bad')) throw conflict();
      }),
    };
    const group = new GroupCommit(unitOfWork as unknown as UnitOfWork);
    const outcomes = await Promise.allSettled([
      group.commit([write('x')], 'x'),
      group.commit([write('y')], 'y'),
      group.commit([write('bad')], 'z'),
      group.commit([write('w')], 'w'),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
  });

  it('error: the cancellation reasons name the entry that failed: it alone sees the conflict, the others commit together again', async () => {
    const commits: string[][] = [];
    const unitOfWork = {
      ...events(),
      commit: jest.fn(async (writes: WriteItem[]) => {
        const names = writes.map((item) => (item as unknown as { name: string }).name);
        commits.push(names);
        if (names.includes('bad')) {
          const cause = { name: 'TransactionCanceledException', CancellationReasons: names.map((name) => ({ Code: name === 'bad' ? 'ConditionalCheckFailed' : 'None' })) };
          throw Object.assign(conflict(), { cause });
        }
      }),
    };
    const group = new GroupCommit(unitOfWork as unknown as UnitOfWork);
    // Two commits in flight: the next three wait and go together.
    const inFlight = [group.commit([write('first')], 'first'), group.commit([write('second')], 'second')];
    const outcomes = await Promise.allSettled([...inFlight, group.commit([write('x1'), write('x2')], 'x'), group.commit([write('bad'), write('bad-2')], 'z'), group.commit([write('w')], 'w')]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect(commits).toContainEqual(['x1', 'x2', 'bad', 'bad-2', 'w']);
    // After the failed group, the rest went again as one transaction, not one by one.
    expect(commits.at(-1)).toEqual(['x1', 'x2', 'w']);
  });

  it('behavior: events ride in their entry: their outbox items commit in the group, and they are published once it committed', async () => {
    const commits: string[][] = [];
    const outbox = events();
    const unitOfWork = { ...outbox, commit: jest.fn(async (writes: WriteItem[]) => void commits.push(writes.map((item) => (item as unknown as { name: string }).name))) };
    const group = new GroupCommit(unitOfWork as unknown as UnitOfWork);
    const event = (eventType: string) => ({ eventType }) as DomainEvent;
    await Promise.all([group.commit([write('a1')], 'a'), group.commit([], 'e1', [event('audited-1')]), group.commit([write('b1')], 'b', [event('b-happened')])]);
    expect(commits.flat().sort()).toEqual(['a1', 'b1', 'outbox:audited-1', 'outbox:b-happened']);
    expect(outbox.published.sort()).toEqual(['audited-1', 'b-happened']);
  });
});
