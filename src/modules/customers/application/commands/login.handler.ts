import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import * as argon2 from 'argon2';
import { customerNotFound, invalidCredentials, invalidRefreshToken } from '../../domain/customer.errors.js';
import { normalizeEmail } from '../../domain/customer.js';
import { CustomerRepository } from '../../infrastructure/customer.repository.js';
import { RefreshTokenRepository } from '../../infrastructure/refresh-token.repository.js';
import { LoginCommand, RefreshSessionCommand, SessionTokens } from './login.command.js';
import { PASSWORD_HASH_OPTIONS } from './register-customer.handler.js';
import { SessionIssuer } from './session-issuer.js';

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
    return this.sessions.issue(found.customer.id, found.customer.roles);
  }
}

@CommandHandler(RefreshSessionCommand)
export class RefreshSessionHandler implements ICommandHandler<RefreshSessionCommand> {
  constructor(
    private readonly customers: CustomerRepository,
    private readonly refreshTokens: RefreshTokenRepository,
    private readonly sessions: SessionIssuer,
  ) {}

  async execute({ refreshToken }: RefreshSessionCommand): Promise<SessionTokens> {
    const outcome = await this.refreshTokens.consume(refreshToken);
    if (!outcome || 'reused' in outcome) throw invalidRefreshToken();
    const customer = await this.customers.findById(outcome.customerId);
    if (!customer) throw customerNotFound();
    return this.sessions.issue(customer.id, customer.roles, outcome.familyId);
  }
}
