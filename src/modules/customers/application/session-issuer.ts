import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { JwtService } from '@nestjs/jwt';
import { ACCESS_TOKEN_TTL_SECONDS, type AccessTokenClaims, type Role } from '../../../shared/auth/index.js';
import { customersConfig } from '../customers.config.js';
import { RefreshTokenRepository } from '../infrastructure/persistence/refresh-token.repository.js';
import type { SessionTokens } from './commands/login/login.command.js';

@Injectable()
export class SessionIssuer {
  constructor(
    private readonly jwt: JwtService,
    private readonly refreshTokens: RefreshTokenRepository,
    @Inject(customersConfig.KEY) private readonly config: ConfigType<typeof customersConfig>,
  ) {}

  async issue(customerId: string, roles: Role[], familyId?: string): Promise<SessionTokens> {
    const claims: AccessTokenClaims = { sub: customerId, roles, typ: 'access' };
    return {
      accessToken: await this.jwt.signAsync(claims),
      refreshToken: await this.refreshTokens.issue(customerId, this.config.REFRESH_TOKEN_TTL_SECONDS, familyId),
      expiresIn: ACCESS_TOKEN_TTL_SECONDS,
      tokenType: 'Bearer',
    };
  }
}
