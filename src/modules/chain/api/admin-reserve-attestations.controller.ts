import { Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiProperty } from '@nestjs/swagger';
import { Roles } from '../../../shared/auth/index.js';
import { OperatorController } from '../../../shared/http/index.js';
import { ListReserveAttestationsQuery } from '../application/queries/list-reserve-attestations/list-reserve-attestations.query.js';

export class ReserveAttestationResponse {
  @ApiProperty({ example: 'mint-batch:0190…:attest', description: 'The attestation transaction\'s key' }) key: string;
  @ApiProperty({ example: '125000', description: 'Cents attested on chain; mints are allowed up to it' }) reserve: string;
  @ApiProperty({ enum: ['queued', 'signed', 'broadcast', 'confirmed', 'failed'] }) status: string;
  @ApiProperty({ example: '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266', description: 'The attesting key (the operator account with RESERVE_ATTESTER_ROLE)' }) signer: string;
  @ApiProperty({ required: false }) hash?: string;
  @ApiProperty({ required: false, example: '42' }) blockNumber?: string;
  @ApiProperty({ format: 'date-time' }) attestedAt: string;
}

export class ReserveAttestationListResponse {
  @ApiProperty({ type: [ReserveAttestationResponse] }) items: ReserveAttestationResponse[];
}

@OperatorController('v1/admin/reserves/attestations', 'admin: reserves', ['admin', 'treasury'])
export class AdminReserveAttestationsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({
    operationId: 'listReserveAttestations',
    summary: 'Reserve attestations sent before mint batches, newest first',
    description: 'Roles: `admin`, `treasury`. What was attested, when, by which key; today\'s figures are at `GET /v1/admin/reserves`.',
  })
  @ApiOkResponse({ type: ReserveAttestationListResponse })
  async list(): Promise<ReserveAttestationListResponse> {
    return { items: await this.queries.execute(new ListReserveAttestationsQuery(100)) };
  }
}
