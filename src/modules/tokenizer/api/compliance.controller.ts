import { randomUUID } from 'node:crypto';
import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser, Roles } from '../../../shared/auth/index.js';
import { RequestApprovalCommand } from '../../approvals/index.js';
import { ApprovalRequestedResponse, OperatorReasonDto, approvalRequested } from './approval-request.dto.js';
import { NotFoundError } from '../../../shared/errors/index.js';
import { SendChainActionCommand, setAddressFrozen } from '../../chain/index.js';
import { GetWalletQuery } from '../../custody/index.js';

export class FreezeResponse {
  @ApiProperty() customerId: string;
  @ApiProperty() walletAddress: string;
  @ApiProperty({ description: 'What was asked: the wallet can neither send nor receive while frozen' }) frozen: boolean;
  @ApiProperty({ description: 'The chain transaction carrying it (queued, then confirmed)' }) chainTransaction: { key: string; status: string };
}

/** Compliance on the token: freezing a customer's wallet entirely (ERC-3643 `setAddressFrozen`). */
@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin', 'compliance')
@Controller('v1/admin/customers/:customerId')
export class ComplianceController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post('freeze')
  @HttpCode(202)
  @ApiOperation({ operationId: 'freezeCustomerWallet', summary: "Freeze a customer's wallet: it can neither send nor receive" })
  @ApiAcceptedResponse({ type: FreezeResponse })
  freeze(@Param('customerId', ParseUUIDPipe) customerId: string): Promise<FreezeResponse> {
    return this.setFrozen(customerId, true);
  }

  @Post('unfreeze')
  @HttpCode(202)
  @ApiOperation({
    operationId: 'requestUnfreeze',
    summary: "Ask to unfreeze a customer's wallet",
    description: 'Roles: `admin`, `compliance`. Maker-checker: creates an approval request; the wallet is unfrozen when a different operator approves it.',
  })
  @ApiAcceptedResponse({ type: ApprovalRequestedResponse })
  async unfreeze(@Param('customerId', ParseUUIDPipe) customerId: string, @Body() body: OperatorReasonDto, @CurrentUser() user: AuthenticatedUser): Promise<ApprovalRequestedResponse> {
    return approvalRequested(await this.commands.execute(new RequestApprovalCommand('customer.unfreeze', { customerId }, user, body.reason)));
  }

  private async setFrozen(customerId: string, frozen: boolean): Promise<FreezeResponse> {
    const wallet = await this.queries.execute(new GetWalletQuery(customerId));
    if (!wallet) throw new NotFoundError('CUSTOMERS.NOT_FOUND', 'No customer with a wallet has this id.');
    const transaction = await this.commands.execute(
      new SendChainActionCommand({
        key: `compliance:${frozen ? 'freeze' : 'unfreeze'}:${customerId}:${randomUUID()}`,
        action: setAddressFrozen({ account: wallet.address, frozen }),
      }),
    );
    return { customerId, walletAddress: wallet.address, frozen, chainTransaction: { key: transaction.key, status: transaction.status } };
  }
}
