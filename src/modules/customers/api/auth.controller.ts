import { Body, Controller, Get, HttpCode, Inject, Injectable, Post, UseGuards } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser, Public } from '../../../shared/auth/index.js';
import { RateLimitGuard } from '../../../shared/http/index.js';
import { customersConfig } from '../customers.config.js';
import { LoginCommand } from '../application/commands/login/login.command.js';
import { RefreshSessionCommand } from '../application/commands/refresh-session/refresh-session.command.js';
import { RegisterCustomerCommand } from '../application/commands/register-customer/register-customer.command.js';
import { GetCustomerQuery } from '../application/queries/get-customer/get-customer.query.js';
import { customerNotFound } from '../domain/customer.errors.js';
import { GetCustomerWalletQuery } from '../application/queries/get-customer-wallet/get-customer-wallet.query.js';
import { LoginRequest, MeResponse, RefreshRequest, RegisterRequest, RegisterResponse, SessionResponse } from './auth.dto.js';

/** Sign-up and login are the doors attackers knock on: a few attempts a minute per client. */
@Injectable()
export class AuthRateLimitGuard extends RateLimitGuard {
  constructor(@Inject(customersConfig.KEY) config: ConfigType<typeof customersConfig>) {
    super(config.AUTH_RATE_LIMIT_PER_MINUTE);
  }
}

@ApiTags('auth')
@UseGuards(AuthRateLimitGuard)
@Controller('v1/auth')
export class AuthController {
  constructor(private readonly commands: CommandBus) {}

  @Post('register')
  @Public()
  @ApiOperation({ operationId: 'registerCustomer', summary: 'Create a customer account' })
  @ApiCreatedResponse({ type: RegisterResponse })
  async register(@Body() request: RegisterRequest): Promise<RegisterResponse> {
    const { customerId } = await this.commands.execute(new RegisterCustomerCommand(request));
    return { id: customerId };
  }

  @Post('login')
  @Public()
  @ApiOperation({ operationId: 'logIn', summary: 'Log in with e-mail and password', description: 'Public. Answers an access token (Authorize with it in Swagger UI) and a refresh token.' })
  @HttpCode(200)
  @ApiOkResponse({ type: SessionResponse })
  login(@Body() request: LoginRequest): Promise<SessionResponse> {
    return this.commands.execute(new LoginCommand(request.email, request.password));
  }

  @Post('refresh')
  @Public()
  @HttpCode(200)
  @ApiOperation({ operationId: 'refreshSession', summary: 'Rotate a refresh token; presenting a used one revokes the whole session family' })
  @ApiOkResponse({ type: SessionResponse })
  refresh(@Body() request: RefreshRequest): Promise<SessionResponse> {
    return this.commands.execute(new RefreshSessionCommand(request.refreshToken));
  }
}

@ApiTags('customer')
@ApiBearerAuth()
@Controller('v1/me')
export class MeController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ operationId: 'getMe', summary: 'The signed-in account: profile, KYC status, wallet, roles', description: 'Roles: any signed-in account.' })
  @ApiOkResponse({ type: MeResponse })
  async me(@CurrentUser() user: AuthenticatedUser): Promise<MeResponse> {
    const [customer, wallet] = await Promise.all([
      this.queries.execute(new GetCustomerQuery(user.customerId)),
      this.queries.execute(new GetCustomerWalletQuery(user.customerId)),
    ]);
    if (!customer) throw customerNotFound();
    return {
      id: customer.id,
      email: customer.email,
      fullName: customer.fullName,
      phone: customer.phone,
      kycStatus: customer.kycStatus,
      ...(wallet ? { walletAddress: wallet.address, walletStatus: wallet.status } : {}),
      depositReference: customer.depositReference,
      roles: customer.roles,
    };
  }
}
