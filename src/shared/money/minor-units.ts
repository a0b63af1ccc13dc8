import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';
import { UnprocessableError } from '../errors/domain-error.js';

/** EURT has 2 decimals: one token unit is one euro cent, so token units and minor units coincide. */
export const EURT_DECIMALS = 2;
export const CURRENCY = 'EUR';

/** A positive amount of minor units as a decimal string without sign, leading zeros, or fraction. */
export const POSITIVE_MINOR_UNITS = /^[1-9][0-9]{0,17}$/;

export function parseMinorUnits(value: string): bigint {
  if (!POSITIVE_MINOR_UNITS.test(value)) {
    throw new UnprocessableError('MONEY.INVALID_AMOUNT', 'Amount must be a positive whole number of cents, as a string.');
  }
  return BigInt(value);
}

/** Validates a DTO field holding a positive amount of minor units, and documents it. */
export function IsMinorUnits(): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ type: String, example: '2500', description: 'Amount in minor units (euro cents), as a decimal string' }),
    IsString(),
    Matches(POSITIVE_MINOR_UNITS, { message: '$property must be a positive whole number of minor units, as a string' }),
  );
}
