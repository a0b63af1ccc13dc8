import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../../shared/auth/index.js';
import { ApiProblems } from '../../../shared/http/index.js';
import { DeliveryStateRepository } from '../infrastructure/delivery-state.repository.js';

export class ForwardingFailureResponse {
  @ApiProperty({ format: 'uuid' }) eventId: string;
  @ApiProperty({ example: 'tokenizer.transfer-completed' }) eventType: string;
  @ApiProperty() aggregateId: string;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty({ type: 'integer', example: 6 }) attempts: number;
  @ApiProperty({ format: 'date-time', description: 'It is retried then, and later events of its aggregate wait for it' }) nextAttemptAt: string;
  @ApiProperty({ example: 'InternalFailure', description: 'EventBridge\'s error code of the last attempt' }) lastError: string;
}

export class ForwardingFailurePageResponse {
  @ApiProperty({ type: [ForwardingFailureResponse] }) items: ForwardingFailureResponse[];
}

@ApiTags('admin: monitoring')
@ApiBearerAuth()
@Roles('admin', 'treasury')
@ApiProblems({ 401: ['AUTH.UNAUTHENTICATED', 'AUTH.INVALID_TOKEN'], 403: ['AUTH.FORBIDDEN'] })
@Controller('v1/admin/event-forwarding')
export class AdminEventForwardingController {
  constructor(private readonly deliveries: DeliveryStateRepository) {}

  @Get('failures')
  @ApiOperation({
    operationId: 'listForwardingFailures',
    summary: 'Events EventBridge keeps refusing',
    description: 'Roles: `admin`, `treasury`. Each is still retried with backoff; the metric `eurt_eventbridge_failing_events` counts them. Empty when forwarding is off.',
  })
  @ApiOkResponse({ type: ForwardingFailurePageResponse })
  async failures(): Promise<ForwardingFailurePageResponse> {
    return { items: (await this.deliveries.failing(200)).map(({ failing: _failing, ...state }) => state) };
  }
}
