import { Agent, type IncomingMessage, type ServerResponse, createServer, request } from 'node:http';

/** The two ways DynamoDB says "too many requests": over the table's capacity, or over the account's request rate. */
const THROTTLING_ANSWERS = [
  {
    __type: 'com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException',
    message: 'The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API.',
  },
  { __type: 'com.amazon.coral.availability#ThrottlingException', message: 'Rate of requests exceeds the allowed throughput.' },
];

/**
 * An HTTP proxy on 127.0.0.1 in front of DynamoDB Local that, while throttling, answers every
 * `every`-th call itself as DynamoDB does when it throttles (status 400, its JSON error shape,
 * alternating ProvisionedThroughputExceededException and ThrottlingException) and forwards the
 * others untouched.
 */
export class ThrottlingProxy {
  private readonly agent = new Agent({ keepAlive: true });
  private readonly server = createServer((incoming, outgoing) => this.handle(incoming, outgoing));
  private every = 0;
  private calls = 0;
  /** Throttled answers by DynamoDB operation (X-Amz-Target), since the proxy started. */
  readonly throttled = new Map<string, number>();
  forwarded = 0;

  private constructor(private readonly targetPort: number) {}

  static async start(targetPort: number): Promise<ThrottlingProxy> {
    const proxy = new ThrottlingProxy(targetPort);
    await new Promise<void>((resolve) => proxy.server.listen(0, '127.0.0.1', resolve));
    return proxy;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as { port: number }).port}`;
  }

  /** Answers every `every`-th call from now on with a throttling error. */
  throttleEvery(every: number): void {
    this.every = every;
    this.calls = 0;
  }

  restore(): void {
    this.every = 0;
  }

  get throttledTotal(): number {
    return [...this.throttled.values()].reduce((sum, count) => sum + count, 0);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.agent.destroy();
  }

  private handle(incoming: IncomingMessage, outgoing: ServerResponse): void {
    if (this.every > 0 && ++this.calls % this.every === 0) {
      const operation = String(incoming.headers['x-amz-target'] ?? 'unknown').replace(/^DynamoDB_\d+\./, '');
      const answer = THROTTLING_ANSWERS[this.throttledTotal % THROTTLING_ANSWERS.length];
      this.throttled.set(operation, (this.throttled.get(operation) ?? 0) + 1);
      // Drain the request before answering, as a server does, so the connection stays usable.
      incoming.resume();
      incoming.on('end', () => {
        const body = JSON.stringify(answer);
        outgoing.writeHead(400, { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-errortype': answer.__type.split('#')[1], 'content-length': Buffer.byteLength(body) });
        outgoing.end(body);
      });
      return;
    }
    this.forwarded += 1;
    const upstream = request(
      { host: '127.0.0.1', port: this.targetPort, method: incoming.method, path: incoming.url, headers: incoming.headers, agent: this.agent },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    upstream.on('error', () => outgoing.destroy());
    incoming.pipe(upstream);
  }
}
