import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An entry EventBridge accepted, with its detail parsed. */
export interface AcceptedEntry {
  source: string;
  detailType: string;
  busName: string;
  detail: { schemaVersion: number; eventId: string; eventType: string; aggregateId: string; occurredAt: string; data: Record<string, unknown> };
}

const SIGV4 = /^AWS4-HMAC-SHA256 Credential=[^/]+\/\d{8}\/[a-z0-9-]+\/events\/aws4_request, ?SignedHeaders=[a-z0-9;-]+, ?Signature=[0-9a-f]{64}$/;
const MAX_ENTRIES = 10;
const MAX_BYTES = 256 * 1024;

/**
 * A small server speaking EventBridge's JSON 1.1 protocol for PutEvents, as the SDK does on the
 * wire: it checks the target header, the content type, that a SigV4 Authorization header is there,
 * and PutEvents' limits; it answers partial failures for the entries `refuse` picks.
 */
export class EventBridgeWireServer {
  readonly accepted: AcceptedEntry[] = [];
  readonly callSizes: number[] = [];
  refusedEntries = 0;
  protocolErrors: string[] = [];
  private readonly attempts = new Map<string, number>();
  private readonly server = createServer((request, response) => void this.handle(request, response));

  /** `refuse(eventId, attempt)`: true to answer this entry with an InternalFailure. */
  constructor(private readonly refuse: (eventId: string, attempt: number) => boolean = () => false) {}

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const fail = (status: number, type: string, message: string) => {
      this.protocolErrors.push(`${type}: ${message}`);
      response.writeHead(status, { 'content-type': 'application/x-amz-json-1.1' }).end(JSON.stringify({ __type: type, message }));
    };
    if (request.method !== 'POST') return fail(400, 'UnknownOperationException', request.method ?? '');
    if (request.headers['x-amz-target'] !== 'AWSEvents.PutEvents') return fail(400, 'UnknownOperationException', String(request.headers['x-amz-target']));
    if (!String(request.headers['content-type']).startsWith('application/x-amz-json-1.1')) return fail(400, 'SerializationException', String(request.headers['content-type']));
    if (!SIGV4.test(String(request.headers.authorization ?? ''))) return fail(403, 'MissingAuthenticationTokenException', 'no SigV4 Authorization header');
    if (!request.headers['x-amz-date']) return fail(403, 'IncompleteSignatureException', 'no X-Amz-Date');

    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { Entries?: { Source: string; DetailType: string; Detail: string; EventBusName: string; Time?: number }[] };
    const entries = body.Entries ?? [];
    if (entries.length === 0 || entries.length > MAX_ENTRIES) return fail(400, 'ValidationException', `${entries.length} entries`);
    const bytes = entries.reduce((sum, entry) => sum + (entry.Time !== undefined ? 14 : 0) + Buffer.byteLength(entry.Source) + Buffer.byteLength(entry.DetailType) + Buffer.byteLength(entry.Detail), 0);
    if (bytes > MAX_BYTES) return fail(400, 'ValidationException', `${bytes} bytes`);
    this.callSizes.push(entries.length);

    let failed = 0;
    const answers = entries.map((entry) => {
      const detail = JSON.parse(entry.Detail) as AcceptedEntry['detail'];
      const attempt = (this.attempts.get(detail.eventId) ?? 0) + 1;
      this.attempts.set(detail.eventId, attempt);
      if (this.refuse(detail.eventId, attempt)) {
        failed += 1;
        this.refusedEntries += 1;
        return { ErrorCode: 'InternalFailure', ErrorMessage: 'induced failure' };
      }
      this.accepted.push({ source: entry.Source, detailType: entry.DetailType, busName: entry.EventBusName, detail });
      return { EventId: `eb-${detail.eventId}` };
    });
    response.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' }).end(JSON.stringify({ FailedEntryCount: failed, Entries: answers }));
  }
}
