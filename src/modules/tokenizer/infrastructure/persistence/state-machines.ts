import { type PersistedState, PersistedStateMachine, type StateMachineRules } from '../../../../shared/state-machine/index.js';
import { isConditionFailure, isDataConflict } from '../../../data/index.js';

/** A failed guard, whether the update ran alone or inside a transaction. */
const lostRace = (error: unknown) => isDataConflict(error) || isConditionFailure(error);

/** The platform's transition rule with the tokenizer's tables: open records carry `open: '1'` unless told otherwise. */
export function stateMachineOf<S extends string, R extends PersistedState<S>>(
  openStatuses: readonly S[],
  rules: Partial<Omit<StateMachineRules<S, R>, 'openStatuses' | 'isConflict'>> = {},
): PersistedStateMachine<S, R> {
  return new PersistedStateMachine<S, R>({ openStatuses, openMarks: () => ({ open: '1' }), isConflict: lostRace, ...rules });
}
