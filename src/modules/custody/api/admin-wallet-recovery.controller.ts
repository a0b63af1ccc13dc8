import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser, Roles } from '../../../shared/auth/index.js';
import { RequestWalletRecoveryCommand } from '../application/commands/request-wallet-recovery/request-wallet-recovery.command.js';
import { GetWalletRecoveryQuery } from '../application/queries/get-wallet-recovery.query.js';
import { recoveryNotFound } from '../domain/custody.errors.js';
import type { WalletRecoveryView } from '../domain/wallet-recovery.js';

export class WalletRecoveryResponse {
  @ApiProperty() id: string;
  @ApiProperty() customerId: string;
  @ApiProperty({ enum: ['requested', 'submitted', 'completed', 'failed'] }) status: string;
  @ApiProperty() lostAddress: string;
  @ApiProperty() newAddress: string;
  @ApiProperty() requestedBy: string;
  @ApiProperty({ required: false, description: 'Why it failed, e.g. EURTActiveHolds' }) error?: string;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
}

@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin', 'compliance')
@Controller('v1/admin')
export class AdminWalletRecoveryController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post('customers/:customerId/wallet-recovery')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Move a customer to a new custodial key and wallet (lost or compromised key): the token moves the balance and the identity',
  })
  @ApiAcceptedResponse({ type: WalletRecoveryResponse })
  recover(@Param('customerId', new ParseUUIDPipe()) customerId: string, @CurrentUser() operator: AuthenticatedUser): Promise<WalletRecoveryView> {
    return this.commands.execute(new RequestWalletRecoveryCommand(customerId, operator.customerId));
  }

  @Get('wallet-recoveries/:id')
  @ApiOperation({ operationId: 'getWalletRecovery', summary: 'A wallet recovery and its state', description: 'Roles: `admin`.' })
  @ApiOkResponse({ type: WalletRecoveryResponse })
  async get(@Param('id', new ParseUUIDPipe()) id: string): Promise<WalletRecoveryView> {
    const recovery = await this.queries.execute(new GetWalletRecoveryQuery(id));
    if (!recovery) throw recoveryNotFound();
    return recovery;
  }
}
