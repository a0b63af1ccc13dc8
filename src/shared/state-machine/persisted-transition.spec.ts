import { ConflictError } from '../errors/index.js';
import { type PersistedState, PersistedStateMachine } from './persisted-transition.js';

type Status = 'pending' | 'held' | 'done';
interface Thing extends PersistedState<Status> {
  id: string;
  ownerId: string;
}

const machine = new PersistedStateMachine<Status, Thing>({
  openStatuses: ['pending', 'held'],
  openMarks: (thing) => ({ open: '1', ownerOpen: thing.ownerId }),
  isConflict: (error) => error instanceof ConflictError,
});
const thing = (status: Status, history = [{ status, at: '2026-01-01T00:00:00.000Z' }]): Thing => ({
  id: 't1',
  ownerId: 'alice',
  status,
  history,
  updatedAt: '2026-01-01T00:00:00.000Z',
});
const NOW = '2026-01-02T00:00:00.000Z';

describe('persisted state machine', () => {
  it('behavior: a new status appends to the history with its reason, guarded by the status and last update read', () => {
    const write = machine.write(thing('pending'), 'held', { reason: 'because' }, NOW);
    expect(JSON.parse(write.update.$SET.history as string)).toEqual([
      { status: 'pending', at: '2026-01-01T00:00:00.000Z' },
      { status: 'held', at: NOW, reason: 'because' },
    ]);
    expect(write.update.$SET).toMatchObject({ status: 'held', updatedAt: NOW, reason: 'because' });
    expect(write.update.$REMOVE).toBeUndefined();
    expect(machine.guardOf(thing('pending'))).toEqual({ status: 'pending', updatedAt: '2026-01-01T00:00:00.000Z' });
    expect(write.condition).toBeDefined();
  });

  it('behavior: with moves given, only the listed moves are allowed and a terminal status goes nowhere, not even to itself', () => {
    const strict = new PersistedStateMachine<Status, Thing>({
      openStatuses: ['pending', 'held'],
      openMarks: () => ({ open: '1' }),
      isConflict: (error) => error instanceof ConflictError,
      moves: { pending: ['held', 'done'], held: ['held', 'done'] },
    });
    expect(strict.allows('pending', 'held')).toBe(true);
    expect(strict.allows('held', 'held')).toBe(true);
    expect(strict.allows('held', 'pending')).toBe(false);
    expect(strict.allows('done', 'done')).toBe(false);
    expect(strict.allows('done', 'held')).toBe(false);
    expect(machine.allows('done', 'pending')).toBe(true);
  });

  it('behavior: the same status records a change of details without a history entry', () => {
    const write = machine.write(thing('held'), 'held', { settled: true }, NOW);
    expect(JSON.parse(write.update.$SET.history as string)).toHaveLength(1);
    expect(write.update.$SET).toMatchObject({ settled: true, updatedAt: NOW });
  });

  it('behavior: leaving the open statuses removes the open marks; entering them again writes them', () => {
    expect(machine.write(thing('held'), 'done', {}, NOW).update.$REMOVE).toEqual(['open', 'ownerOpen']);
    const reopened = machine.write(thing('done'), 'pending', {}, NOW).update;
    expect(reopened.$SET).toMatchObject({ open: '1', ownerOpen: 'alice' });
    expect(reopened.$REMOVE).toBeUndefined();
    expect(machine.write(thing('pending'), 'held', {}, NOW).update.$SET).not.toHaveProperty('open');
  });

  it('behavior: a record created in an open status carries its marks and a first history entry', () => {
    expect(machine.initial(thing('pending'), NOW)).toEqual({ history: JSON.stringify([{ status: 'pending', at: NOW }]), open: '1', ownerOpen: 'alice' });
    expect(machine.initial(thing('done'), NOW)).toEqual({ history: JSON.stringify([{ status: 'done', at: NOW }]) });
  });

  it('behavior: a custom guard checks only the attributes it names (unset ones are left out)', () => {
    const byKey = new PersistedStateMachine<Status, Thing & { key?: string }>({
      openStatuses: ['pending'],
      openMarks: () => ({ open: '1' }),
      guard: (record) => ({ status: record.status, key: record.key }),
      isConflict: () => false,
    });
    expect(byKey.guardOf({ ...thing('pending'), key: 'k1' })).toEqual({ status: 'pending', key: 'k1' });
    expect(byKey.guardOf(thing('pending'))).toEqual({ status: 'pending' });
  });

  it('error: a lost race is false, any other failure is thrown', async () => {
    await expect(machine.run(async () => undefined)).resolves.toBe(true);
    await expect(machine.run(async () => Promise.reject(new ConflictError('DATA.CONDITION_FAILED', 'moved')))).resolves.toBe(false);
    await expect(machine.run(async () => Promise.reject(new Error('network')))).rejects.toThrow('network');
  });
});
