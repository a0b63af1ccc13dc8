import { createHash, createSecretKey, type KeyObject } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { JwtService } from '@nestjs/jwt';
import { appConfig } from '../config/app.config.js';
import { configuredOrGeneratedSecret } from '../config/secrets.js';
import type { Role } from './auth.decorators.js';
import { authConfig } from './auth.config.js';

export const ACCESS_TOKEN_TTL_SECONDS = 900;

export interface AccessTokenClaims {
  sub: string;
  roles: Role[];
  typ: 'access';
  /** The session (refresh-token family) the token belongs to: ending the session ends the token. */
  sid: string;
}

interface SigningKey {
  kid: string;
  secret: string;
}

/** A key's public name: derived from the secret, so rotating the secret rotates the id with it. */
export function keyIdOf(secret: string): string {
  return createHash('sha256').update(`eurt-jwt-kid:${secret}`).digest('base64url').slice(0, 16);
}

/**
 * HS256 access tokens with `kid`, `iss` and `aud`. The current key signs; the previous one
 * (JWT_PREVIOUS_SECRET) is still accepted, by its kid, until the tokens it signed have expired.
 */
@Injectable()
export class AccessTokens {
  private readonly current: SigningKey;
  /**
   * Verification keys by kid, as KeyObjects: given a string, jsonwebtoken first tries to parse it
   * as a public key (and throws) on every verification before making a secret key of it.
   */
  private readonly accepted = new Map<string, KeyObject>();

  constructor(
    private readonly jwt: JwtService,
    @Inject(appConfig.KEY) app: ConfigType<typeof appConfig>,
    @Inject(authConfig.KEY) private readonly config: ConfigType<typeof authConfig>,
  ) {
    const secret = configuredOrGeneratedSecret(app.DATA_DIR, 'jwt.secret', app.JWT_SECRET);
    this.current = { kid: keyIdOf(secret), secret };
    this.accepted.set(this.current.kid, createSecretKey(Buffer.from(secret)));
    if (config.JWT_PREVIOUS_SECRET) this.accepted.set(keyIdOf(config.JWT_PREVIOUS_SECRET), createSecretKey(Buffer.from(config.JWT_PREVIOUS_SECRET)));
  }

  sign(claims: AccessTokenClaims): Promise<string> {
    return this.jwt.signAsync(claims, {
      secret: this.current.secret,
      algorithm: 'HS256',
      keyid: this.current.kid,
      issuer: this.config.JWT_ISSUER,
      audience: this.config.JWT_AUDIENCE,
      expiresIn: ACCESS_TOKEN_TTL_SECONDS,
    });
  }

  /** The token's claims, or undefined when its key is unknown, its signature, issuer, audience or expiry wrong. */
  async verify(token: string): Promise<AccessTokenClaims | undefined> {
    const decoded = this.jwt.decode<{ header?: { kid?: unknown } } | null>(token, { complete: true });
    const kid = decoded?.header?.kid;
    const key = typeof kid === 'string' ? this.accepted.get(kid) : undefined;
    if (!key) return undefined;
    try {
      return await this.jwt.verifyAsync<AccessTokenClaims>(token, {
        // @nestjs/jwt types this option narrower (string | Buffer) than the jsonwebtoken.Secret it passes on.
        secret: key as unknown as Buffer,
        algorithms: ['HS256'],
        issuer: this.config.JWT_ISSUER,
        audience: this.config.JWT_AUDIENCE,
      });
    } catch {
      return undefined;
    }
  }
}
