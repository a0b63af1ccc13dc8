import { Command } from '@nestjs/cqrs';
import type { IncomingCredit, RecordOutcome } from '../../../infrastructure/persistence/incoming-credit.repository.js';

/** Books a SEPA credit the bank reported on the omnibus account, once however often it is delivered. */
export class RecordIncomingCreditCommand extends Command<RecordOutcome> {
  constructor(readonly credit: IncomingCredit) {
    super();
  }
}
