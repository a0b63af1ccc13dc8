import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDbLocal } from './dynamodb-local.js';

/** Whether a TCP connection to host:port is accepted (true) or refused (false). */
function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 3_000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/** The machine's addresses other than loopback: where a database listening on every interface would be reachable. */
function otherAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((address) => address !== undefined && !address.internal && address.family === 'IPv4')
    .map((address) => address!.address);
}

describe('embedded DynamoDB Local', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dynamodb-loopback-'));
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const engine = new DynamoDbLocal(dir, port);

  beforeAll(() => engine.start(), 120_000);
  afterAll(async () => {
    await engine.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('behavior: answers DynamoDB requests on 127.0.0.1', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'DynamoDB_20120810.ListTables', authorization: 'AWS4-HMAC-SHA256 Credential=local/20260101/eu-west-1/dynamodb/aws4_request, SignedHeaders=host, Signature=00' },
      body: '{}',
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toHaveProperty('TableNames');
  });

  it("error: refuses connections on the machine's other addresses (bound to loopback only)", async () => {
    const others = otherAddresses();
    expect(others.length).toBeGreaterThan(0);
    for (const address of others) expect(await accepts(address, port)).toBe(false);
    expect(await accepts('127.0.0.1', port)).toBe(true);
  });
});
