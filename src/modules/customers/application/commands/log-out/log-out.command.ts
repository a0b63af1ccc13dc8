import { Command } from '@nestjs/cqrs';

/** Ends one session (`sessionId`), or with `everywhere` every session of the customer. */
export class LogOutCommand extends Command<{ endedSessions: number }> {
  constructor(
    readonly customerId: string,
    readonly sessionId: string,
    readonly everywhere: boolean,
  ) {
    super();
  }
}
