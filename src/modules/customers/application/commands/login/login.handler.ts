import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import * as argon2 from 'argon2';
import { invalidCredentials } from '../../../domain/customer.errors.js';
import { normalizeEmail } from '../../../domain/customer.js';
import { CustomerRepository } from '../../../infrastructure/persistence/customer.repository.js';
import { LoginCommand, type SessionTokens } from './login.command.js';
import { PASSWORD_HASH_OPTIONS } from '../register-customer/register-customer.handler.js';
import { SessionIssuer } from '../../session-issuer.js';

/** Hash verified when the e-mail is unknown, so both failures take the same time. */
const DUMMY_HASH = argon2.hash('timing-equaliser', PASSWORD_HASH_OPTIONS);

@CommandHandler(LoginCommand)
export class LoginHandler implements ICommandHandler<LoginCommand> {
  constructor(
    private readonly customers: CustomerRepository,
    private readonly sessions: SessionIssuer,
  ) {}

  async execute({ email, password }: LoginCommand): Promise<SessionTokens> {
    const found = await this.customers.findCredentialsByEmail(normalizeEmail(email));
    const valid = await argon2.verify(found?.passwordHash ?? (await DUMMY_HASH), password);
    if (!found || !valid) throw invalidCredentials();
    return this.sessions.signIn(found.customer.id, found.customer.roles);
  }
}
