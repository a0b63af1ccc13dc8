import { type ChainAction, tokenAction } from './chain-action.js';

/** While paused the token refuses every transfer, mint and burn (OpenZeppelin Pausable). */
export const pause = (): ChainAction => tokenAction('pause', []);

export const unpause = (): ChainAction => tokenAction('unpause', []);
