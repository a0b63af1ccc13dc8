import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsEmail, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

export class AdminCustomerListQuery {
  @ApiProperty({ required: false, format: 'email', example: 'ada@example.com', description: 'Find the account with this e-mail' })
  @IsOptional() @IsEmail() @MaxLength(254) email?: string;

  @ApiProperty({ required: false, example: '+33612345678', description: 'Find the account with this phone (international format)' })
  @IsOptional() @IsString() @Matches(/^\+[1-9][0-9 ]{6,18}$/, { message: 'phone must be in international format, e.g. +33612345678' }) phone?: string;

  @ApiProperty({ required: false, type: 'integer', minimum: 1, maximum: 100, default: 20 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) limit?: number;

  @ApiProperty({ required: false, description: 'The previous page\'s `nextCursor`' })
  @IsOptional() @IsString() @MaxLength(500) cursor?: string;
}

export class AdminCustomerResponse {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'a***@example.com' }) email: string;
  @ApiProperty({ example: 'A** L*******' }) fullName: string;
  @ApiProperty({ example: '+33*******78' }) phone: string;
  @ApiProperty({ enum: ['none', 'pending', 'approved', 'rejected'] }) kycStatus: string;
  @ApiProperty({ type: [String] }) roles: string[];
  @ApiProperty({ required: false }) walletAddress?: string;
  @ApiProperty({ required: false, enum: ['created', 'identity_pending', 'registered', 'identity_failed', 'kyc_revoked'] }) walletStatus?: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class AdminCustomerPageResponse {
  @ApiProperty({ type: [AdminCustomerResponse] }) items: AdminCustomerResponse[];
  @ApiProperty({ required: false, description: 'Pass as `cursor` for the next page; absent on the last page' }) nextCursor?: string;
}
