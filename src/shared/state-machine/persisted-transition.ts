import dynamoose from 'dynamoose';
import type { Condition } from 'dynamoose/dist/Condition.js';

/** One entry of an operation's history: the status it reached, when, and why (for failures and refusals). */
export interface StatusChange {
  status: string;
  at: string;
  reason?: string;
}

/** What every persisted state machine stores beside its own fields. */
export interface PersistedState<S extends string> {
  status: S;
  history: StatusChange[];
  updatedAt: string;
}

export interface StateMachineRules<S extends string, R extends PersistedState<S>> {
  /** Statuses that keep the record in the open indexes the sweepers read. */
  openStatuses: readonly S[];
  /** The index attributes an open record carries (`open: '1'`, ...); written on entering an open status, removed on leaving. */
  openMarks: (record: R) => Record<string, string>;
  /**
   * The attributes that must still hold the values read for the move to happen. The default,
   * status and last update, means "nobody moved it since it was read".
   */
  guard?: (record: R) => Record<string, string | undefined>;
  /**
   * Where each status may go (the same status included, for a change of details). Unlisted
   * statuses go nowhere: a terminal record never moves, whatever a stale copy of it says.
   * Without it, any move is allowed.
   */
  moves?: Partial<Record<S, readonly S[]>>;
  /** True for the error a failed guard raises (the write lost a race); anything else is thrown. */
  isConflict: (error: unknown) => boolean;
}

/** A guarded update of one record: dynamoose's update object and condition. */
export interface TransitionWrite {
  update: { $SET: Record<string, unknown>; $REMOVE?: string[] };
  condition: Condition;
}

/**
 * The one transition rule of the platform's persisted state machines (deposits, top-ups,
 * transfers, withdrawals): a move happens only from the state it was read in, so two workers
 * racing on one operation cannot both move it; a new status appends to the history (with its
 * reason), the same status records a change of details only; entering or leaving an open status
 * writes or removes the open-index marks. The write itself (alone or in a transaction with the
 * events and the writes that go with the step) is the caller's; `run` turns a lost race into false.
 */
export class PersistedStateMachine<S extends string, R extends PersistedState<S>> {
  constructor(private readonly rules: StateMachineRules<S, R>) {}

  isOpen(status: S): boolean {
    return this.rules.openStatuses.includes(status);
  }

  /** The initial history and open marks of a record created in `status`. */
  initial(record: R, now: string): { history: string } & Record<string, string> {
    return { history: JSON.stringify([{ status: record.status, at: now }]), ...(this.isOpen(record.status) ? this.rules.openMarks(record) : {}) };
  }

  write(current: R, to: S, changes: Record<string, unknown>, now = new Date().toISOString()): TransitionWrite {
    const reason = typeof changes.reason === 'string' && changes.reason ? { reason: changes.reason } : {};
    const history = to === current.status ? current.history : [...current.history, { status: to, at: now, ...reason }];
    const wasOpen = this.isOpen(current.status);
    const open = this.isOpen(to);
    const marks = this.rules.openMarks(current);
    const update: TransitionWrite['update'] = {
      $SET: { ...changes, status: to, history: JSON.stringify(history), updatedAt: now, ...(open && !wasOpen ? marks : {}) },
      ...(open ? {} : { $REMOVE: Object.keys(marks) }),
    };
    return { update, condition: this.conditionOf(current) };
  }

  /** Whether a record in `from` may move to `to` at all (before any write is tried). */
  allows(from: S, to: S): boolean {
    const moves = this.rules.moves;
    return !moves || (moves[from] ?? []).includes(to);
  }

  /** Runs the guarded write; false when the record had moved on (another worker was first). */
  async run(write: () => Promise<unknown>): Promise<boolean> {
    try {
      await write();
      return true;
    } catch (error) {
      if (this.rules.isConflict(error)) return false;
      throw error;
    }
  }

  /** The attribute values the record must still hold for a move from `current` (unset ones are not checked). */
  guardOf(current: R): Record<string, string> {
    const expected = this.rules.guard ? this.rules.guard(current) : { status: current.status, updatedAt: current.updatedAt };
    return Object.fromEntries(Object.entries(expected).filter((entry): entry is [string, string] => entry[1] !== undefined));
  }

  private conditionOf(current: R): Condition {
    let condition = new dynamoose.Condition();
    Object.entries(this.guardOf(current)).forEach(([attribute, value], index) => {
      condition = (index === 0 ? condition : condition.and()).where(attribute).eq(value);
    });
    return condition;
  }
}
