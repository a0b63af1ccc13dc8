import { type Socket, connect, createServer } from 'node:net';

/**
 * A TCP proxy on 127.0.0.1 in front of a dependency (anvil, DynamoDB Local), so a fault test can
 * cut the connection and restore it. While cut, every open connection is reset and new ones are
 * reset as they arrive: to the platform the dependency is unreachable. The port stays bound, so
 * nothing else can take it meanwhile.
 */
export class TcpProxy {
  private readonly sockets = new Set<Socket>();
  private cut = false;
  private readonly server = createServer((client) => this.accept(client));

  private constructor(private readonly targetPort: number) {}

  static async start(targetPort: number): Promise<TcpProxy> {
    const proxy = new TcpProxy(targetPort);
    await new Promise<void>((resolve) => proxy.server.listen(0, '127.0.0.1', resolve));
    return proxy;
  }

  get port(): number {
    return (this.server.address() as { port: number }).port;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  cutOff(): void {
    this.cut = true;
    for (const socket of this.sockets) socket.resetAndDestroy();
    this.sockets.clear();
  }

  restore(): void {
    this.cut = false;
  }

  async close(): Promise<void> {
    this.cutOff();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(client: Socket): void {
    if (this.cut) {
      client.resetAndDestroy();
      return;
    }
    const upstream = connect(this.targetPort, '127.0.0.1');
    for (const socket of [client, upstream]) {
      this.sockets.add(socket);
      socket.on('error', () => undefined);
      socket.on('close', () => this.sockets.delete(socket));
    }
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    client.pipe(upstream).pipe(client);
  }
}
