import { timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';
import { PROBLEM_CONTENT_TYPE, problem } from '../errors/index.js';

/**
 * The app served at / loads only its own scripts and styles (no inline script, no handler
 * attribute); the API answers JSON. Frames are refused everywhere.
 */
const APP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** HSTS, nosniff, frame-ancestors and the app's CSP on every answer (the sandbox checkout sets its own, stricter one). */
export function securityHeaders(production: boolean): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: { ...APP_DIRECTIVES, ...(production ? { upgradeInsecureRequests: [] } : {}) } },
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
    // The packaged app runs on its own origin and calls the API with CORS.
    crossOriginResourcePolicy: { policy: 'same-site' },
  });
}

/** Swagger UI's page carries its own inline <style> blocks; its scripts are files, so script-src stays 'self'. */
export function swaggerUiSecurityHeaders(): RequestHandler {
  return helmet.contentSecurityPolicy({ useDefaults: false, directives: { ...APP_DIRECTIVES, styleSrc: ["'self'", "'unsafe-inline'"] } });
}

/** /metrics for the scraper only: a bearer token when one is configured; `undefined` token and `closed`: not served at all. */
export function metricsGate(token: string | undefined, closed: boolean): RequestHandler {
  const expected = token ? Buffer.from(`Bearer ${token}`) : undefined;
  return (request: Request, response: Response, next: NextFunction) => {
    if (!expected) {
      if (!closed) return next();
      return sendProblem(response, problem('REQUEST.NOT_FOUND', 404, 'Not Found', 'Cannot GET /metrics.'));
    }
    const given = Buffer.from(request.headers.authorization ?? '');
    if (given.length === expected.length && timingSafeEqual(given, expected)) return next();
    response.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
    return sendProblem(response, problem('AUTH.UNAUTHENTICATED', 401, 'Unauthorized', 'The metrics token is missing or wrong.'));
  };
}

function sendProblem(response: Response, body: ReturnType<typeof problem>): void {
  response.status(body.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
}
