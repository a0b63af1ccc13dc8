import { Command } from '@nestjs/cqrs';

/** Sets a new password after checking the current one; every other session of the account ends. */
export class ChangePasswordCommand extends Command<{ endedSessions: number }> {
  constructor(
    readonly customerId: string,
    readonly sessionId: string,
    readonly currentPassword: string,
    readonly newPassword: string,
  ) {
    super();
  }
}
