import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { customerNotFound, invalidRefreshToken } from '../../../domain/customer.errors.js';
import { CustomerRepository } from '../../../infrastructure/persistence/customer.repository.js';
import { RefreshTokenRepository } from '../../../infrastructure/persistence/refresh-token.repository.js';
import type { SessionTokens } from '../login/login.command.js';
import { RefreshSessionCommand } from './refresh-session.command.js';
import { SessionIssuer } from '../../session-issuer.js';

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
    return this.sessions.issue(outcome.session, customer.roles);
  }
}
