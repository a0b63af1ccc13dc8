import { Global, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { appConfig } from '../config/app.config.js';
import { AccessTokens } from './access-tokens.js';
import { authConfig } from './auth.config.js';
import { JwtAuthGuard } from './jwt-auth.guard.js';
import { SessionCheck } from './session-check.js';

/** Access tokens (signed and checked here) and the global guard; the session store behind SESSION_STATE comes from the customers module. */
@Global()
@Module({
  imports: [ConfigModule.forFeature(appConfig), ConfigModule.forFeature(authConfig), JwtModule.register({})],
  providers: [AccessTokens, SessionCheck, { provide: APP_GUARD, useClass: JwtAuthGuard }],
  exports: [AccessTokens, SessionCheck],
})
export class AuthModule {}
