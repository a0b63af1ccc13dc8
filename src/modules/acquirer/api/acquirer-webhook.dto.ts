import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsISO8601, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { IsMinorUnits } from '../../../shared/money/index.js';

export const CARD_PAYMENT_STATUSES = ['requires_payment_method', 'requires_action', 'captured', 'declined', 'refunded', 'charged_back'] as const;
export const ACQUIRER_WEBHOOK_TYPES = CARD_PAYMENT_STATUSES.map((status) => `payment.${status}`);

export class CardPaymentData {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(64) @Matches(/^[A-Za-z0-9._:-]+$/) paymentId: string;
  @IsMinorUnits() amount: string;
  @ApiProperty({ example: 'EUR' }) @IsIn(['EUR']) currency: string;
  @ApiProperty({ enum: CARD_PAYMENT_STATUSES }) @IsIn(CARD_PAYMENT_STATUSES) status: (typeof CARD_PAYMENT_STATUSES)[number];
  @ApiProperty({ required: false }) @IsOptional() @IsString() @MaxLength(64) declineCode?: string;
}

export class AcquirerWebhook {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(64) @Matches(/^[A-Za-z0-9._:-]+$/) id: string;
  @ApiProperty({ enum: ACQUIRER_WEBHOOK_TYPES }) @IsIn(ACQUIRER_WEBHOOK_TYPES) type: string;
  @ApiProperty() @IsISO8601({ strict: true }) createdAt: string;
  @ApiProperty({ type: CardPaymentData }) @ValidateNested() @Type(() => CardPaymentData) data: CardPaymentData;
}
