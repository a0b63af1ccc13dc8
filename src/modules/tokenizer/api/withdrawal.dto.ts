import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { IsMinorUnits } from '../../../shared/money/index.js';

export class CreateWithdrawalRequest {
  @IsMinorUnits()
  amount: string;

  @ApiProperty({ description: 'One of your linked bank accounts (GET /v1/me/bank-accounts)' })
  @IsUUID()
  bankAccountId: string;
}
