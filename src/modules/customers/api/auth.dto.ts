import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { PASSWORD_MIN_LENGTH } from '../customers.config.js';
import { PersonName } from './person-name.decorator.js';

/** The sign-up rule for a password; a new password obeys it too. */
const NewPassword = () =>
  applyDecorators(
    ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: 128, description: `At least ${PASSWORD_MIN_LENGTH} characters`, example: 'correct horse battery staple' }),
    IsString(),
    MinLength(PASSWORD_MIN_LENGTH),
    MaxLength(128),
  );

export class RegisterRequest {
  @ApiProperty({ example: 'ada@example.com' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @NewPassword()
  password: string;

  @PersonName()
  fullName: string;

  @ApiProperty({ example: '+33612345678', description: 'International format' })
  @IsString()
  @Matches(/^\+[1-9][0-9 ]{6,18}$/, { message: 'phone must be in international format, e.g. +33612345678' })
  phone: string;
}

export class LoginRequest {
  @ApiProperty({ example: 'ada@example.com' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'correct horse battery staple' })
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  password: string;
}

export class RefreshRequest {
  @ApiProperty()
  @IsString()
  @MaxLength(200)
  refreshToken: string;
}

export class ChangePasswordRequest {
  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  currentPassword: string;

  @NewPassword()
  newPassword: string;
}

export class SessionsEndedResponse {
  @ApiProperty({ description: 'How many sessions this ended' }) endedSessions: number;
}

export class SessionResponse {
  @ApiProperty() accessToken: string;
  @ApiProperty() refreshToken: string;
  @ApiProperty({ description: 'Access token lifetime in seconds' }) expiresIn: number;
  @ApiProperty({ enum: ['Bearer'] }) tokenType: 'Bearer';
}

export class RegisterResponse extends SessionResponse {
  @ApiProperty() id: string;
}

export class MeResponse {
  @ApiProperty() id: string;
  @ApiProperty() email: string;
  @ApiProperty() fullName: string;
  @ApiProperty() phone: string;
  @ApiProperty({ enum: ['none', 'pending', 'approved', 'rejected'] }) kycStatus: string;
  @ApiProperty({ required: false, description: 'Absent until the custodial wallet exists' }) walletAddress?: string;
  @ApiProperty({
    required: false,
    enum: ['created', 'identity_pending', 'registered', 'identity_failed', 'kyc_revoked'],
    description: 'The wallet can send and receive once `registered` (its identity is on chain)',
  })
  walletStatus?: string;
  @ApiProperty({ description: 'ISO 11649 creditor reference to quote on bank transfers' }) depositReference: string;
  @ApiProperty({ type: [String] }) roles: string[];
}
