import { Module } from '@nestjs/common';
import { ConfigModule, ConfigType } from '@nestjs/config';
import { ThrottlerModule } from '@nestjs/throttler';
import { AuthController, MeController } from './api/auth.controller.js';
import { LoginHandler, RefreshSessionHandler } from './application/commands/login.handler.js';
import { RegisterCustomerHandler } from './application/commands/register-customer.handler.js';
import { SessionIssuer } from './application/commands/session-issuer.js';
import { FirstAdmin } from './application/first-admin.js';
import {
  FindCustomerByContactHandler,
  FindCustomerByDepositReferenceHandler,
  GetCustomerHandler,
} from './application/queries/customer-queries.handler.js';
import { customersConfig } from './customers.config.js';
import { CustomerRepository } from './infrastructure/customer.repository.js';
import { RefreshTokenRepository } from './infrastructure/refresh-token.repository.js';

/** Sign-up, login, sessions and roles; KYC and linked bank accounts come with the customers issue. */
@Module({
  imports: [
    ConfigModule.forFeature(customersConfig),
    ThrottlerModule.forRootAsync({
      imports: [ConfigModule.forFeature(customersConfig)],
      inject: [customersConfig.KEY],
      useFactory: (config: ConfigType<typeof customersConfig>) => ({
        throttlers: [{ name: 'auth', limit: config.AUTH_RATE_LIMIT_PER_MINUTE, ttl: 60_000 }],
      }),
    }),
  ],
  controllers: [AuthController, MeController],
  providers: [
    CustomerRepository,
    RefreshTokenRepository,
    SessionIssuer,
    RegisterCustomerHandler,
    LoginHandler,
    RefreshSessionHandler,
    GetCustomerHandler,
    FindCustomerByDepositReferenceHandler,
    FindCustomerByContactHandler,
    FirstAdmin,
  ],
})
export class CustomersModule {}
