import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiTags, ApiOperation } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { QueryBus } from '@nestjs/cqrs';
import { Public } from '../../../shared/auth/index.js';
import { DomainError } from '../../../shared/errors/index.js';
import { DynamoConnection } from '../../data/index.js';
import { GetChainHeadQuery, GetSignerFundsQuery } from '../../chain/index.js';
import { GracefulShutdown } from '../application/graceful-shutdown.js';

/** A dependency that does not answer within this time counts as down (probes have short timeouts). */
const DEPENDENCY_TIMEOUT_MS = 2_500;

function withinTimeout<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${DEPENDENCY_TIMEOUT_MS} ms`)), DEPENDENCY_TIMEOUT_MS);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

@ApiTags('observability')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly dynamo: DynamoConnection,
    private readonly queries: QueryBus,
    private readonly shutdown: GracefulShutdown,
  ) {}

  /** Liveness: the process answers (dependencies are readiness's business: a restart would not fix them). */
  @Get()
  @ApiOperation({ operationId: 'getLiveness', summary: 'Liveness: the process answers', description: 'Public.' })
  live() {
    return { status: 'ok' };
  }

  /** Readiness: not shutting down, DynamoDB and the chain answer, every signing account can pay its fees. 503 otherwise. */
  @Get('ready')
  @ApiOperation({ operationId: 'getReadiness', summary: 'Readiness: DynamoDB and the chain answer, signing accounts funded', description: 'Public. 503 when a dependency is down or a signing account holds less ETH than CHAIN_SIGNER_LOW_BALANCE_ETH.' })
  @HealthCheck()
  async ready() {
    try {
      return await this.checkDependencies();
    } catch (error) {
      // A problem document like every other error, naming what is down (terminus's own body would be lost).
      if (!(error instanceof ServiceUnavailableException)) throw error;
      const { details } = error.getResponse() as { details?: Record<string, unknown> };
      throw new DomainError('HEALTH.NOT_READY', 'Not ready: a dependency is down or the process is shutting down.', 503, { details: { checks: details ?? {} } });
    }
  }

  private checkDependencies() {
    return this.health.check([
      () => {
        const indicator = this.indicators.check('process');
        return this.shutdown.isDraining ? indicator.down({ message: 'shutting down' }) : indicator.up();
      },
      async () => {
        const indicator = this.indicators.check('dynamodb');
        try {
          await withinTimeout(this.dynamo.ping());
          return indicator.up();
        } catch (error) {
          return indicator.down({ message: (error as Error).message });
        }
      },
      async () => {
        const indicator = this.indicators.check('chain');
        try {
          const head = await withinTimeout(this.queries.execute(new GetChainHeadQuery()));
          return indicator.up({ blockNumber: head.toString() });
        } catch (error) {
          return indicator.down({ message: (error as Error).message });
        }
      },
      async () => {
        // Every account pays its own fees: one that cannot would leave its operations waiting.
        const indicator = this.indicators.check('signers');
        try {
          const funds = await withinTimeout(this.queries.execute(new GetSignerFundsQuery()));
          const low = funds.filter((account) => account.low).map((account) => ({ roles: account.roles, address: account.address, balanceWei: account.balanceWei }));
          return low.length ? indicator.down({ message: 'a signing account is low on ETH for its fees', low }) : indicator.up({ accounts: funds.length });
        } catch (error) {
          return indicator.down({ message: (error as Error).message });
        }
      },
    ]);
  }
}
