import { Controller, type MessageEvent, Sse } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Observable } from 'rxjs';
import { type AuthenticatedUser, CurrentUser } from '../../../shared/auth/index.js';
import { CustomerEventStream } from '../application/customer-events/customer-event-stream.js';

const STREAM_DESCRIPTION = [
  'A server-sent events stream (`text/event-stream`) for the signed-in customer, fed by the domain events the outbox relay publishes.',
  'Events: `ready` (connected), `operation` (`{kind, event, operationId, operationType, occurredAt}`: an operation of yours changed, read it with `GET /v1/operations/{id}`; also your balance),',
  '`kyc` (`{kind, event, occurredAt}`: your KYC was decided, read `GET /v1/me/kyc`) and `heartbeat` every 20 s.',
  'Hints only, delivered at least once; when the stream drops, poll.',
].join(' ');

@ApiTags('money')
@ApiBearerAuth()
@Controller('v1')
export class CustomerEventsController {
  constructor(private readonly stream: CustomerEventStream) {}

  @Sse('me/events')
  @ApiOperation({ operationId: 'streamMyEvents', summary: 'Live updates: your operations and balance changed (server-sent events)', description: STREAM_DESCRIPTION })
  @ApiProduces('text/event-stream')
  @ApiOkResponse({ description: 'An endless stream of `event: <type>` / `data: <json>` messages', content: { 'text/event-stream': { schema: { type: 'string' } } } })
  events(@CurrentUser() user: AuthenticatedUser): Observable<MessageEvent> {
    return this.stream.of(user.customerId);
  }
}
