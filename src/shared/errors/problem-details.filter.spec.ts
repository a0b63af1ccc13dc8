import { ProvisionedThroughputExceededException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { BadRequestException, NotFoundException } from '@nestjs/common';
import { HttpRequestError } from 'viem';
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

describe('ProblemDetailsFilter: an unavailable dependency', () => {
  const filter = new ProblemDetailsFilter();
  const unavailable = { status: 503, code: 'SERVICE.UNAVAILABLE', title: 'Service unavailable' };

  it('behavior: the chain node not answering (viem transport error, wrapped by a contract call) is a 503', () => {
    const transport = new HttpRequestError({ url: 'http://127.0.0.1:8545', cause: Object.assign(new Error('fetch failed'), { cause: { code: 'ECONNREFUSED' } }) });
    expect(filter.toProblem(new Error('readContract failed', { cause: transport }))).toMatchObject(unavailable);
  });

  it('behavior: DynamoDB throttling, and a transaction cancelled by throttling, are 503s', () => {
    const throttled = new ProvisionedThroughputExceededException({ message: 'Rate of requests exceeds the allowed throughput', $metadata: {} });
    expect(filter.toProblem(throttled)).toMatchObject(unavailable);
    const cancelled = new TransactionCanceledException({ message: 'cancelled', $metadata: {}, CancellationReasons: [{ Code: 'None' }, { Code: 'ThrottlingError' }] });
    expect(filter.toProblem(cancelled)).toMatchObject(unavailable);
  });

  it('behavior: DynamoDB refusing connections is a 503 naming the database, without internals', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:8000'), { code: 'ECONNREFUSED', $metadata: { attempts: 3 } });
    const problem = filter.toProblem(refused);
    expect(problem).toMatchObject(unavailable);
    expect(problem.detail).toContain('database');
    expect(JSON.stringify(problem)).not.toContain('127.0.0.1');
  });

  it('behavior: a network failure the AWS SDK wrapped into a bare Error (no service answer, no `$fault`) is a 503', () => {
    const wrapped = Object.assign(new Error('AWS SDK error wrapper for TimeoutError: read ECONNRESET'), { $metadata: { attempts: 1, totalRetryDelay: 0 } });
    expect(filter.toProblem(wrapped)).toMatchObject(unavailable);
  });

  it('behavior: a transaction cancelled by a failed condition is not a dependency outage', () => {
    const conflict = new TransactionCanceledException({ message: 'cancelled', $metadata: {}, CancellationReasons: [{ Code: 'ConditionalCheckFailed' }] });
    expect(filter.toProblem(conflict)).toMatchObject({ status: 500, code: 'INTERNAL' });
  });
});
