import { jest } from '@jest/globals';
import { ConflictError } from '../../../../shared/errors/index.js';
import type { UnitOfWork, WriteItem } from '../../../data/index.js';
import { GroupCommit } from './group-commit.js';

const write = (name: string) => ({ name }) as unknown as WriteItem;
const conflict = () => new ConflictError('DATA.CONDITION_FAILED', 'The record changed or already exists.');

describe('group commit', () => {
  it('behavior: writes arriving while a commit is in flight share the next transaction; one customer never twice in one', async () => {
    const commits: string[][] = [];
    const unitOfWork = { commit: jest.fn(async (writes: WriteItem[]) => void commits.push(writes.map((item) => (item as unknown as { name: string }).name))) };
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
});
