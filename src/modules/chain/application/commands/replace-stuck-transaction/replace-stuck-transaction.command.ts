import { Command } from '@nestjs/cqrs';

export interface StuckTransactionReplacement {
  key: string;
  /** false: not broadcast and open (nothing to replace), or the fee ceiling is reached. */
  replaced: boolean;
  hash?: string;
}

/** An operator's "re-send this stuck transaction with a higher fee": same nonce, fees bumped (+25%, at most the ceiling). */
export class ReplaceStuckTransactionCommand extends Command<StuckTransactionReplacement> {
  constructor(readonly key: string) {
    super();
  }
}
