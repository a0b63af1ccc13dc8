import { Body, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOperation, ApiProperty } from '@nestjs/swagger';
import { Roles } from '../../../shared/auth/index.js';
import { ApiProblems, OperatorController } from '../../../shared/http/index.js';
import { IdentityOnboarding } from '../application/identity-onboarding.js';
import { WALLET_STATUSES } from '../domain/wallet.js';
import { CustodyReasonDto } from './admin-wallet-recovery.controller.js';

export class IdentityRetryResponse {
  @ApiProperty({ format: 'uuid' }) customerId: string;
  @ApiProperty({ example: '0x5B38Da6a701c568545dCfcB03FcB875f56beddC4' }) walletAddress: string;
  @ApiProperty({ enum: WALLET_STATUSES, description: '`identity_pending` while the new attempt is on its way, `registered` once confirmed, `identity_failed` if it reverted again' }) status: string;
  @ApiProperty({ type: 'integer', example: 2, description: 'The onboarding attempt now under way' }) attempt: number;
}

@OperatorController('v1/admin/customers/:customerId/identity', 'admin: customers', ['admin', 'compliance'])
export class AdminIdentityController {
  constructor(private readonly onboarding: IdentityOnboarding) {}

  @Post('retry')
  @HttpCode(202)
  @ApiOperation({
    operationId: 'retryIdentityOnboarding',
    summary: "Send a customer's failed identity registration (`identity_failed`) again",
    description:
      'Roles: `admin`, `compliance`. For a wallet whose on-chain onboarding reverted, once its cause is fixed (see the failed chain transaction\'s error in `GET /v1/admin/chain-transactions?status=failed`): the next attempt is recorded, then sent as a new transaction. Credits that waited for the identity are minted when it registers; ones already in suspense are assigned from there.',
  })
  @ApiAcceptedResponse({ type: IdentityRetryResponse })
  @ApiProblems({ 400: ['REQUEST.INVALID'], 404: ['CUSTODY.WALLET_NOT_FOUND'], 409: ['CUSTODY.IDENTITY_NOT_FAILED'] })
  async retry(@Param('customerId', new ParseUUIDPipe()) customerId: string, @Body() _body: CustodyReasonDto): Promise<IdentityRetryResponse> {
    const wallet = await this.onboarding.retry(customerId);
    return { customerId, walletAddress: wallet.address, status: wallet.status, attempt: wallet.onboardingAttempt ?? 1 };
  }
}
