import { CanActivate, ExecutionContext, HttpException, HttpStatus } from '@nestjs/common';
import type { Request, Response } from 'express';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/**
 * A per-client, per-route fixed window for the routes it guards. In memory: with several
 * instances, swap RateLimiterMemory for one of the library's shared stores (DynamoDB, Redis).
 */
export abstract class RateLimitGuard implements CanActivate {
  private readonly limiter: RateLimiterMemory;

  constructor(pointsPerMinute: number) {
    this.limiter = new RateLimiterMemory({ points: pointsPerMinute, duration: 60 });
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    try {
      await this.limiter.consume(`${request.ip}:${request.route?.path ?? request.path}`);
      return true;
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      http.getResponse<Response>().setHeader('Retry-After', String(Math.ceil(rejection.msBeforeNext / 1000)));
      throw new HttpException('Too many attempts; try again later.', HttpStatus.TOO_MANY_REQUESTS);
    }
  }
}
