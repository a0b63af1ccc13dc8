import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsEmail, IsEthereumAddress, IsObject, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { IsMinorUnits } from '../../../shared/money/index.js';

export class TransferRecipientRequest {
  @ApiProperty({ required: false, example: 'bob@example.com' })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string;

  @ApiProperty({ required: false, description: 'Or: the recipient\'s phone in international format, e.g. +33612345678' })
  @IsOptional()
  @IsString()
  @Matches(/^\+[1-9][0-9 ]{6,18}$/, { message: 'phone must be in international format, e.g. +33612345678' })
  phone?: string;

  @ApiProperty({ required: false, description: 'Or: the recipient\'s wallet address, e.g. 0x52908400098527886E0F7030069857D2E4169EE7' })
  @IsOptional()
  @IsEthereumAddress()
  address?: string;
}

export class CreateTransferRequest {
  @ApiProperty({ type: TransferRecipientRequest, description: 'Exactly one of email, phone or address', example: { email: 'bob@example.com' } })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => TransferRecipientRequest)
  to: TransferRecipientRequest;

  @IsMinorUnits()
  amount: string;

  @ApiProperty({ required: false, maxLength: 140, example: 'Dinner' })
  @IsOptional()
  @IsString()
  @MaxLength(140)
  note?: string;
}
