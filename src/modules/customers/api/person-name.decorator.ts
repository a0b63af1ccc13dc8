import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';

/** A person's name as a bank writes it: 1 to 140 characters (the SEPA name field), not blank. */
export function PersonName(): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ example: 'Ada Lovelace', minLength: 1, maxLength: 140 }),
    IsString(),
    MinLength(1),
    MaxLength(140),
    Matches(/\S/, { message: ({ property }) => `${property} must not be blank` }),
  );
}
