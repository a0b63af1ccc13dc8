import { Controller, Get } from '@nestjs/common';
import { ApiTags, ApiOperation } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { QueryBus } from '@nestjs/cqrs';
import { Public } from '../../../shared/auth/index.js';
import { DynamoConnection } from '../../data/index.js';
import { GetChainHeadQuery } from '../../chain/index.js';

@ApiTags('observability')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly dynamo: DynamoConnection,
    private readonly queries: QueryBus,
  ) {}

  /** Liveness: the process answers. */
  @Get()
  @ApiOperation({ operationId: 'getLiveness', summary: 'Liveness: the process answers', description: 'Public.' })
  live() {
    return { status: 'ok' };
  }

  /** Readiness: DynamoDB and the chain answer. */
  @Get('ready')
  @ApiOperation({ operationId: 'getReadiness', summary: 'Readiness: DynamoDB and the chain answer', description: 'Public. 503 when a dependency is down.' })
  @HealthCheck()
  ready() {
    return this.health.check([
      async () => {
        const indicator = this.indicators.check('dynamodb');
        try {
          await this.dynamo.ping();
          return indicator.up();
        } catch (error) {
          return indicator.down({ message: (error as Error).message });
        }
      },
      async () => {
        const indicator = this.indicators.check('chain');
        try {
          const head = await this.queries.execute(new GetChainHeadQuery());
          return indicator.up({ blockNumber: head.toString() });
        } catch (error) {
          return indicator.down({ message: (error as Error).message });
        }
      },
    ]);
  }
}
