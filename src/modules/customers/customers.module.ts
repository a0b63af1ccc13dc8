import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { AuthController, AuthRateLimitGuard, MeController } from './api/auth.controller.js';
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
  imports: [ConfigModule.forFeature(customersConfig)],
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
    AuthRateLimitGuard,
  ],
})
export class CustomersModule {}
