import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser, Public } from '../../../shared/auth/index.js';
import { RateLimit } from '../../../shared/http/index.js';
import { ChangePasswordCommand } from '../application/commands/change-password/change-password.command.js';
import { LoginCommand } from '../application/commands/login/login.command.js';
import { LogOutCommand } from '../application/commands/log-out/log-out.command.js';
import { RefreshSessionCommand } from '../application/commands/refresh-session/refresh-session.command.js';
import { RegisterCustomerCommand } from '../application/commands/register-customer/register-customer.command.js';
import { GetCustomerQuery } from '../application/queries/get-customer/get-customer.query.js';
import { customerNotFound } from '../domain/customer.errors.js';
import { GetCustomerWalletQuery } from '../application/queries/get-customer-wallet/get-customer-wallet.query.js';
import {
  ChangePasswordRequest,
  LoginRequest,
  MeResponse,
  RefreshRequest,
  RegisterRequest,
  RegisterResponse,
  SessionResponse,
  SessionsEndedResponse,
} from './auth.dto.js';

/** Sign-up, sign-in and refresh are the doors attackers knock on: limited per address and per account. */
@ApiTags('auth')
@Controller('v1/auth')
export class AuthController {
  constructor(private readonly commands: CommandBus) {}

  @Post('register')
  @Public()
  @RateLimit('sign-up')
  @ApiOperation({
    operationId: 'registerCustomer',
    summary: 'Create a customer account, signed in',
    description: 'Public. Answers the new account\'s id and a session, as `POST /v1/auth/login` would: no second sign-in is needed.',
  })
  @ApiCreatedResponse({ type: RegisterResponse })
  async register(@Body() request: RegisterRequest): Promise<RegisterResponse> {
    const { customerId, session } = await this.commands.execute(new RegisterCustomerCommand({ ...request, signIn: true }));
    return { id: customerId, ...session! };
  }

  @Post('login')
  @Public()
  @RateLimit('sign-in')
  @ApiOperation({ operationId: 'logIn', summary: 'Log in with e-mail and password', description: 'Public. Answers an access token (Authorize with it in Swagger UI) and a refresh token; the session lasts at most SESSION_MAX_LIFETIME_SECONDS (30 days) from now, however often it is refreshed.' })
  @HttpCode(200)
  @ApiOkResponse({ type: SessionResponse })
  login(@Body() request: LoginRequest): Promise<SessionResponse> {
    return this.commands.execute(new LoginCommand(request.email, request.password));
  }

  @Post('refresh')
  @Public()
  @RateLimit('refresh')
  @HttpCode(200)
  @ApiOperation({ operationId: 'refreshSession', summary: 'Rotate a refresh token; presenting a used one ends the whole session' })
  @ApiOkResponse({ type: SessionResponse })
  refresh(@Body() request: RefreshRequest): Promise<SessionResponse> {
    return this.commands.execute(new RefreshSessionCommand(request.refreshToken));
  }

  @Post('logout')
  @ApiBearerAuth()
  @HttpCode(200)
  @ApiOperation({ operationId: 'logOut', summary: 'End this session', description: 'Its refresh token stops working and its access tokens are refused from now on.' })
  @ApiOkResponse({ type: SessionsEndedResponse })
  logout(@CurrentUser() user: AuthenticatedUser): Promise<SessionsEndedResponse> {
    return this.commands.execute(new LogOutCommand(user.customerId, user.sessionId, false));
  }

  @Post('logout-all')
  @ApiBearerAuth()
  @HttpCode(200)
  @ApiOperation({ operationId: 'logOutEverywhere', summary: 'End every session of this account, this one included' })
  @ApiOkResponse({ type: SessionsEndedResponse })
  logoutAll(@CurrentUser() user: AuthenticatedUser): Promise<SessionsEndedResponse> {
    return this.commands.execute(new LogOutCommand(user.customerId, user.sessionId, true));
  }
}

@ApiTags('customer')
@ApiBearerAuth()
@Controller('v1/me')
export class MeController {
  constructor(
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
  ) {}

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

  @Post('password')
  @RateLimit('password')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'changePassword',
    summary: 'Change the password (the current one is asked for); every other session of the account ends',
    description: 'Roles: any signed-in account. A wrong current password is a 403 `AUTH.WRONG_PASSWORD`; the new one follows the sign-up rule.',
  })
  @ApiOkResponse({ type: SessionsEndedResponse })
  changePassword(@CurrentUser() user: AuthenticatedUser, @Body() request: ChangePasswordRequest): Promise<SessionsEndedResponse> {
    return this.commands.execute(new ChangePasswordCommand(user.customerId, user.sessionId, request.currentPassword, request.newPassword));
  }
}
