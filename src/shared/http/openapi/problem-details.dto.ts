import { ApiProperty } from '@nestjs/swagger';

/** The one error shape of the API (RFC 9457), documented once and referenced by every error response. */
export class ProblemDetailsDto {
  @ApiProperty({ example: 'urn:eurt:problem:request.invalid', description: 'A URN derived from `code`' }) type: string;
  @ApiProperty({ example: 'Bad request' }) title: string;
  @ApiProperty({ example: 400, type: 'integer' }) status: number;
  @ApiProperty({ required: false, example: 'The request has invalid fields.' }) detail?: string;
  @ApiProperty({ required: false, example: '/v1/me/transfers', description: 'The path that failed' }) instance?: string;
  @ApiProperty({ example: 'REQUEST.INVALID', description: 'Stable machine-readable code: clients and alerts key on it' }) code: string;
  @ApiProperty({ required: false, type: [String], description: 'Validation failures, one per field' }) errors?: string[];
}
