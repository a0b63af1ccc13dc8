import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DEPENDENCY_RETRY_AFTER_SECONDS, unavailableDependency } from './dependency-unavailable.js';
import { DomainError } from './domain-error.js';
import { PROBLEM_CONTENT_TYPE, ProblemDetails, problem } from './problem-details.js';

const CODE_BY_STATUS: Record<number, string> = {
  400: 'REQUEST.INVALID',
  401: 'AUTH.UNAUTHENTICATED',
  403: 'AUTH.FORBIDDEN',
  404: 'REQUEST.NOT_FOUND',
  405: 'REQUEST.METHOD_NOT_ALLOWED',
  409: 'REQUEST.CONFLICT',
  413: 'REQUEST.TOO_LARGE',
  415: 'REQUEST.UNSUPPORTED_MEDIA_TYPE',
  422: 'REQUEST.UNPROCESSABLE',
  429: 'REQUEST.RATE_LIMITED',
};

/** Turns every error into an RFC 9457 problem document; internals never leak to the client. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const body = { ...this.toProblem(exception), instance: request.originalUrl ?? request.url };
    if (body.status === 503) {
      // An unavailable dependency: the client may retry (a problem that set its own delay keeps it).
      if (!response.getHeader('retry-after')) response.setHeader('Retry-After', String(DEPENDENCY_RETRY_AFTER_SECONDS));
      this.logger.warn({ err: exception, path: body.instance }, 'request refused: a dependency is unavailable');
    } else if (body.status >= 500) this.logger.error({ err: exception, path: body.instance }, 'request failed');
    response.status(body.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
  }

  toProblem(exception: unknown): ProblemDetails {
    // The HTTP adapter wraps body-parser failures (malformed JSON, too large) in an HttpException.
    const parserStatus = statusOfBodyParserError(exception) ?? statusOfBodyParserError((exception as Error)?.cause);
    if (parserStatus) {
      return parserStatus === 413
        ? problem('REQUEST.TOO_LARGE', 413, titleOf(413), 'The request body is too large.')
        : problem('REQUEST.MALFORMED', parserStatus, titleOf(parserStatus), 'The request body is not valid JSON.');
    }
    if (exception instanceof DomainError) {
      return problem(exception.code, exception.status, titleOf(exception.status), exception.message, exception.details);
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      const messages = typeof response === 'object' && response !== null ? (response as { message?: unknown }).message : response;
      const errors = Array.isArray(messages) ? messages.map(String) : undefined;
      const detail = errors ? 'The request has invalid fields.' : typeof messages === 'string' ? messages : exception.message;
      return problem(CODE_BY_STATUS[status] ?? `HTTP.${status}`, status, titleOf(status), detail, errors ? { errors } : {});
    }
    const dependency = unavailableDependency(exception);
    if (dependency) {
      const what = { database: 'The database', chain: 'The chain node', network: 'A service the platform depends on' }[dependency];
      return problem('SERVICE.UNAVAILABLE', HttpStatus.SERVICE_UNAVAILABLE, titleOf(503), `${what} is unavailable or busy; retry after ${DEPENDENCY_RETRY_AFTER_SECONDS} seconds.`);
    }
    return problem('INTERNAL', HttpStatus.INTERNAL_SERVER_ERROR, titleOf(500), 'An unexpected error occurred.');
  }
}

/** body-parser raises plain errors carrying `status` and `type` (entity.parse.failed, entity.too.large). */
function statusOfBodyParserError(exception: unknown): number | undefined {
  const candidate = exception as { status?: unknown; type?: unknown };
  if (typeof candidate?.type === 'string' && candidate.type.startsWith('entity.') && typeof candidate.status === 'number') {
    return candidate.status;
  }
  return undefined;
}

function titleOf(status: number): string {
  const name = HttpStatus[status];
  if (!name) return 'Error';
  return name
    .toLowerCase()
    .split('_')
    .map((word, index) => (index === 0 ? word[0].toUpperCase() + word.slice(1) : word))
    .join(' ');
}
