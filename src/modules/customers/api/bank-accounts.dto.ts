import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { PersonName } from './person-name.decorator.js';

export class LinkBankAccountRequest {
  @ApiProperty({ example: 'DE89 3704 0044 0532 0130 00', description: 'ISO 13616 IBAN of a SEPA country; spaces allowed' })
  @IsString()
  @MinLength(15)
  @MaxLength(42)
  iban: string;

  @PersonName()
  holderName: string;
}

export class BankAccountResponse {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'DE89 **** 3000', description: 'Masked: the full IBAN is never returned' }) maskedIban: string;
  @ApiProperty() holderName: string;
  @ApiProperty() createdAt: string;
}

export class BankAccountListResponse {
  @ApiProperty({ type: [BankAccountResponse] }) items: BankAccountResponse[];
}
