import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { KYC_DOCUMENT_TYPES, type KycDocumentType } from '../domain/kyc.js';

const COUNTRY = /^[A-Za-z]{2,3}$/;

export class KycAddressDto {
  @ApiProperty({ example: '12 rue de la Paix' }) @IsString() @MinLength(1) @MaxLength(140) @Matches(/\S/) line1: string;
  @ApiProperty({ required: false }) @IsOptional() @IsString() @MaxLength(140) line2?: string;
  @ApiProperty({ example: '75002' }) @IsString() @Matches(/^[A-Za-z0-9 -]{2,12}$/, { message: 'postalCode must be 2 to 12 letters, digits, spaces or dashes' }) postalCode: string;
  @ApiProperty({ example: 'Paris' }) @IsString() @MinLength(1) @MaxLength(80) @Matches(/\S/) city: string;
  @ApiProperty({ example: 'FR', description: 'ISO 3166-1 alpha-2 or alpha-3' }) @IsString() @Matches(COUNTRY, { message: 'country must be an ISO 3166-1 alpha-2 or alpha-3 code' }) country: string;
}

export class SubmitKycRequest {
  @ApiProperty({ enum: KYC_DOCUMENT_TYPES }) @IsIn(KYC_DOCUMENT_TYPES) documentType: KycDocumentType;

  @ApiProperty({ example: '18AB12345', description: 'Sandbox: a number starting with REJECT is rejected, anything else approved' })
  @IsString()
  @Matches(/^[A-Za-z0-9 -]{4,30}$/, { message: 'documentNumber must be 4 to 30 letters, digits, spaces or dashes' })
  documentNumber: string;

  @ApiProperty({ example: '1990-04-21', description: 'YYYY-MM-DD; the customer must be at least 18' })
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dateOfBirth must be a date YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  dateOfBirth: string;

  @ApiProperty({ example: 'FR', description: 'ISO 3166-1 alpha-2 or alpha-3' })
  @IsString()
  @Matches(COUNTRY, { message: 'nationality must be an ISO 3166-1 alpha-2 or alpha-3 code' })
  nationality: string;

  @ApiProperty({ type: KycAddressDto }) @ValidateNested() @Type(() => KycAddressDto) address: KycAddressDto;
}

export class KycStateResponse {
  @ApiProperty({ enum: ['none', 'pending', 'approved', 'rejected'] }) kycStatus: string;
  @ApiProperty({ required: false }) applicationId?: string;
  @ApiProperty({ required: false, description: 'The provider’s reason code when rejected; submit again with corrected data' }) rejectionReason?: string;
}

export const KYC_WEBHOOK_TYPES = ['kyc.check.completed'] as const;

export class KycDecisionData {
  @ApiProperty() @IsString() @Matches(/^[A-Za-z0-9_-]{1,64}$/) checkId: string;
  @ApiProperty() @IsUUID() applicationId: string;
  @ApiProperty({ enum: ['approved', 'rejected'] }) @IsIn(['approved', 'rejected']) outcome: 'approved' | 'rejected';
  @ApiProperty({ required: false, example: 'DOCUMENT_REJECTED' }) @IsOptional() @Matches(/^[A-Z][A-Z0-9_]{1,39}$/) reason?: string;
}

export class KycWebhookEnvelope {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(64) @Matches(/^[A-Za-z0-9._:-]+$/) id: string;
  @ApiProperty({ enum: KYC_WEBHOOK_TYPES }) @IsIn(KYC_WEBHOOK_TYPES) type: (typeof KYC_WEBHOOK_TYPES)[number];
  @ApiProperty() @IsISO8601({ strict: true }) createdAt: string;
  @ApiProperty({ type: KycDecisionData }) @ValidateNested() @Type(() => KycDecisionData) data: KycDecisionData;
}
