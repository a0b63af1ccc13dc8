import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { ACCESS_TOKEN_TTL_SECONDS, AccessTokens, type Role } from '../../../shared/auth/index.js';
import { customersConfig } from '../customers.config.js';
import { RefreshTokenRepository } from '../infrastructure/persistence/refresh-token.repository.js';
import { type Session, SessionRepository } from '../infrastructure/persistence/session.repository.js';
import type { SessionTokens } from './commands/login/login.command.js';

@Injectable()
export class SessionIssuer {
  constructor(
    private readonly tokens: AccessTokens,
    private readonly refreshTokens: RefreshTokenRepository,
    private readonly sessions: SessionRepository,
    @Inject(customersConfig.KEY) private readonly config: ConfigType<typeof customersConfig>,
  ) {}

  /** A sign-in: a new session, whose absolute end (SESSION_MAX_LIFETIME_SECONDS) no rotation moves. */
  async signIn(customerId: string, roles: Role[]): Promise<SessionTokens> {
    return this.issue(await this.sessions.start(customerId, this.config.SESSION_MAX_LIFETIME_SECONDS), roles);
  }

  async issue(session: Session, roles: Role[]): Promise<SessionTokens> {
    return {
      accessToken: await this.tokens.sign({ sub: session.customerId, roles, typ: 'access', sid: session.id }),
      refreshToken: await this.refreshTokens.issue(session, this.config.REFRESH_TOKEN_TTL_SECONDS),
      expiresIn: ACCESS_TOKEN_TTL_SECONDS,
      tokenType: 'Bearer',
    };
  }
}
