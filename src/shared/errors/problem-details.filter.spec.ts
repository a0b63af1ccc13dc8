import { BadRequestException, NotFoundException } from '@nestjs/common';
import { ConflictError } from './domain-error.js';
import { ProblemDetailsFilter } from './problem-details.filter.js';

describe('ProblemDetailsFilter', () => {
  const filter = new ProblemDetailsFilter();

  it('behavior: a domain error keeps its stable code and status', () => {
    expect(filter.toProblem(new ConflictError('CUSTOMERS.EMAIL_TAKEN', 'Taken.'))).toEqual({
      type: 'urn:eurt:problem:customers.email_taken',
      title: 'Conflict',
      status: 409,
      detail: 'Taken.',
      code: 'CUSTOMERS.EMAIL_TAKEN',
    });
  });

  it('behavior: validation failures list their fields', () => {
    expect(filter.toProblem(new BadRequestException(['email must be an email']))).toMatchObject({
      status: 400,
      code: 'REQUEST.INVALID',
      errors: ['email must be an email'],
    });
  });

  it('behavior: framework errors get a code by status', () => {
    expect(filter.toProblem(new NotFoundException())).toMatchObject({ status: 404, code: 'REQUEST.NOT_FOUND', title: 'Not found' });
  });

  it('behavior: unexpected errors reveal nothing', () => {
    const problem = filter.toProblem(new Error('connection string with password=hunter2'));
    expect(problem).toEqual({ type: 'urn:eurt:problem:internal', title: 'Internal server error', status: 500, detail: 'An unexpected error occurred.', code: 'INTERNAL' });
  });

  it('behavior: malformed JSON from the body parser is a 400', () => {
    expect(filter.toProblem(Object.assign(new SyntaxError('Unexpected end'), { status: 400, type: 'entity.parse.failed' }))).toMatchObject({
      status: 400,
      code: 'REQUEST.MALFORMED',
    });
  });
});
