import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { SessionCheck } from '../../../../../shared/auth/index.js';
import { SessionRepository } from '../../../infrastructure/persistence/session.repository.js';
import { LogOutCommand } from './log-out.command.js';

/** The session's refresh tokens stop rotating and its access tokens are refused (this instance at once, the others within SESSION_CHECK_CACHE_MS). */
@CommandHandler(LogOutCommand)
export class LogOutHandler implements ICommandHandler<LogOutCommand> {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly sessionCheck: SessionCheck,
  ) {}

  async execute({ customerId, sessionId, everywhere }: LogOutCommand): Promise<{ endedSessions: number }> {
    let ended = [sessionId];
    if (everywhere) ended = [...new Set([sessionId, ...(await this.sessions.endAllOf(customerId, 'logout-all'))])];
    await this.sessions.end(sessionId, everywhere ? 'logout-all' : 'logout');
    this.sessionCheck.forget(ended);
    return { endedSessions: ended.length };
  }
}
