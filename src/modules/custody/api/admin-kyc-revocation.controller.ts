import { Body, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiProperty } from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser } from '../../../shared/auth/index.js';
import { ApiProblems, OperatorController } from '../../../shared/http/index.js';
import { KycRevocationProcessor } from '../application/processors/kyc-revocation.processor.js';
import { KYC_REVOCATION_STATUSES, type KycRevocationView } from '../domain/kyc-revocation.js';
import { CustodyReasonDto } from './admin-wallet-recovery.controller.js';

export class KycRevocationResponse {
  @ApiProperty({ format: 'uuid' }) customerId: string;
  @ApiProperty({ example: '0x5B38Da6a701c568545dCfcB03FcB875f56beddC4' }) walletAddress: string;
  @ApiProperty({
    enum: KYC_REVOCATION_STATUSES,
    description:
      '`requested`: the claim revocation is on its way; `refreshing`: revoked on chain, the other verified wallets are being re-verified (until then they cannot transfer either); `completed`; `failed` (see `error`)',
  })
  status: string;
  @ApiProperty({ required: false, type: 'integer', description: 'How many other wallets the refresh re-verifies' }) refreshedWallets?: number;
  @ApiProperty({ required: false }) reason?: string;
  @ApiProperty({ format: 'uuid', description: 'The operator who revoked it' }) requestedBy: string;
  @ApiProperty({ required: false }) error?: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

@OperatorController('v1/admin/customers/:customerId/kyc', 'admin: customers', ['admin', 'compliance'])
export class AdminKycRevocationController {
  constructor(private readonly revocations: KycRevocationProcessor) {}

  @Post('revoke')
  @HttpCode(202)
  @ApiOperation({
    operationId: 'revokeCustomerKyc',
    summary: "Revoke a customer's KYC: their claim is revoked on chain and they can no longer hold, send or receive EURT",
    description:
      'Roles: `admin`, `compliance`. Takes effect at once on the platform (the wallet becomes `kyc_revoked`: transfers, deposits and withdrawals are refused) and, once mined, on chain. ' +
      "The contracts' revocation unverifies every wallet at once; the platform then re-verifies every other verified wallet (`refreshBatch`), as a persisted operation that resumes after a crash. " +
      'Asking again returns the same revocation. Follow it with `GET /v1/admin/customers/{customerId}/kyc/revocation`.',
  })
  @ApiAcceptedResponse({ type: KycRevocationResponse })
  @ApiProblems({ 400: ['REQUEST.INVALID'], 404: ['CUSTODY.WALLET_NOT_FOUND'], 409: ['CUSTODY.KYC_NOT_REVOCABLE'] })
  revoke(@Param('customerId', new ParseUUIDPipe()) customerId: string, @Body() body: CustodyReasonDto, @CurrentUser() operator: AuthenticatedUser): Promise<KycRevocationView> {
    return this.revocations.request(customerId, operator.customerId, body.reason);
  }

  @Get('revocation')
  @ApiOperation({ operationId: 'getKycRevocation', summary: "A customer's KYC revocation and its refresh of the other wallets", description: 'Roles: `admin`, `compliance`.' })
  @ApiOkResponse({ type: KycRevocationResponse })
  @ApiProblems({ 404: ['CUSTODY.KYC_REVOCATION_NOT_FOUND'] })
  get(@Param('customerId', new ParseUUIDPipe()) customerId: string): Promise<KycRevocationView> {
    return this.revocations.view(customerId);
  }
}
