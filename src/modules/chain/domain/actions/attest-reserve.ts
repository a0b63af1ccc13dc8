import { type ChainAction, tokenAction } from './chain-action.js';

/** Records the reserve (cents) backing the supply; mints are allowed up to it while it is fresh. */
export const attestReserve = (reserve: bigint): ChainAction => tokenAction('attestReserve', [reserve]);
