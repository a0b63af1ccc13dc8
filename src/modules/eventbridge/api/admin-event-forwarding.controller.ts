import { Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty } from '@nestjs/swagger';
import { Roles } from '../../../shared/auth/index.js';
import { OperatorController } from '../../../shared/http/index.js';
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

@OperatorController('v1/admin/event-forwarding', 'admin: monitoring', ['admin', 'treasury'])
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
