import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import * as argon2 from 'argon2';
import { SessionCheck } from '../../../../../shared/auth/index.js';
import { ConflictError, ForbiddenError, UnprocessableError } from '../../../../../shared/errors/index.js';
import { customerNotFound } from '../../../domain/customer.errors.js';
import { CustomerRepository } from '../../../infrastructure/persistence/customer.repository.js';
import { SessionRepository } from '../../../infrastructure/persistence/session.repository.js';
import { PASSWORD_HASH_OPTIONS } from '../register-customer/register-customer.handler.js';
import { ChangePasswordCommand } from './change-password.command.js';

@CommandHandler(ChangePasswordCommand)
export class ChangePasswordHandler implements ICommandHandler<ChangePasswordCommand> {
  constructor(
    private readonly customers: CustomerRepository,
    private readonly sessions: SessionRepository,
    private readonly sessionCheck: SessionCheck,
  ) {}

  async execute({ customerId, sessionId, currentPassword, newPassword }: ChangePasswordCommand): Promise<{ endedSessions: number }> {
    const hash = await this.customers.passwordHashOf(customerId);
    if (!hash) throw customerNotFound();
    if (!(await argon2.verify(hash, currentPassword))) throw new ForbiddenError('AUTH.WRONG_PASSWORD', 'The current password is wrong.');
    if (currentPassword === newPassword) throw new UnprocessableError('AUTH.PASSWORD_UNCHANGED', 'The new password must differ from the current one.');
    const changed = await this.customers.changePasswordHash(customerId, hash, await argon2.hash(newPassword, PASSWORD_HASH_OPTIONS));
    if (!changed) throw new ConflictError('AUTH.PASSWORD_CHANGED_CONCURRENTLY', 'The password was changed meanwhile; sign in again.');
    // The password may have leaked: whoever else holds a session of this account loses it now.
    const ended = await this.sessions.endAllOf(customerId, 'password-changed', sessionId);
    this.sessionCheck.forget(ended);
    return { endedSessions: ended.length };
  }
}
