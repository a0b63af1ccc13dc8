import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIBAN, IsIn, IsISO8601, IsObject, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { IsMinorUnits } from '../../../shared/money/index.js';

export const BANK_WEBHOOK_TYPES = ['credit.received', 'payout.sent', 'payout.settled', 'payout.returned'] as const;

export class CreditReceivedData {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(64) @Matches(/^[A-Za-z0-9._:-]+$/) transactionId: string;
  @IsMinorUnits() amount: string;
  @ApiProperty({ example: 'EUR' }) @IsString() @Matches(/^[A-Z]{3}$/) currency: string;
  @ApiProperty({ description: 'Remittance information as the payer typed it' }) @IsString() @MaxLength(140) reference: string;
  @ApiProperty() @IsIBAN() debtorIban: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(140) debtorName: string;
  @ApiProperty() @IsISO8601({ strict: true }) bookedAt: string;
}

export class BankWebhookEnvelope {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(64) @Matches(/^[A-Za-z0-9._:-]+$/) id: string;
  @ApiProperty({ enum: BANK_WEBHOOK_TYPES }) @IsIn(BANK_WEBHOOK_TYPES) type: (typeof BANK_WEBHOOK_TYPES)[number];
  @ApiProperty() @IsISO8601({ strict: true }) createdAt: string;
  @ApiProperty({ type: Object }) @IsObject() data: Record<string, unknown>;
}

export class CreditReceivedWebhook extends BankWebhookEnvelope {
  @ApiProperty({ type: CreditReceivedData }) @ValidateNested() @Type(() => CreditReceivedData) declare data: CreditReceivedData & Record<string, unknown>;
}

export class PayoutUpdateData {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(128) @Matches(/^[A-Za-z0-9._:-]+$/) payoutId: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(64) @Matches(/^[A-Za-z0-9._:-]+$/) transactionId: string;
  @ApiProperty({ description: 'SEPA end-to-end id' }) @IsString() @MinLength(1) @MaxLength(35) endToEndId: string;
  @IsMinorUnits() amount: string;
  @ApiProperty({ example: 'EUR' }) @IsIn(['EUR']) currency: string;
  @ApiProperty({ enum: ['sent', 'settled', 'returned'] }) @IsIn(['sent', 'settled', 'returned']) status: 'sent' | 'settled' | 'returned';
  @ApiProperty({ required: false, description: 'ISO 20022 return reason code, e.g. AC04' }) @IsOptional() @IsString() @MaxLength(35) reason?: string;
  @ApiProperty() @IsISO8601({ strict: true }) at: string;
}

export class PayoutUpdateWebhook extends BankWebhookEnvelope {
  @ApiProperty({ type: PayoutUpdateData }) @ValidateNested() @Type(() => PayoutUpdateData) declare data: PayoutUpdateData & Record<string, unknown>;
}
