import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const SIGV4 = /^AWS4-HMAC-SHA256 Credential=[^/]+\/\d{8}\/[a-z0-9-]+\/kms\/aws4_request, ?SignedHeaders=[a-z0-9;-]+, ?Signature=[0-9a-f]{64}$/;

type KmsRequest = { KeyId?: string; KeySpec?: string; NumberOfBytes?: number; CiphertextBlob?: string; EncryptionContext?: Record<string, string> };

/**
 * A small server speaking AWS KMS's JSON 1.1 protocol for GenerateDataKey and Decrypt, as the SDK
 * does on the wire: the target header, the content type, a SigV4 Authorization header. Each key it
 * knows has its own AES key; a blob records which key wrapped it and is bound to the encryption context.
 */
export class KmsWireServer {
  readonly calls: string[] = [];
  protocolErrors: string[] = [];
  private readonly keys = new Map<string, Buffer>();
  private readonly server = createServer((request, response) => void this.handle(request, response));

  constructor(keyIds: string[]) {
    for (const id of keyIds) this.keys.set(id, randomBytes(32));
  }

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
    const answer = (status: number, body: object): void => void response.writeHead(status, { 'content-type': 'application/x-amz-json-1.1' }).end(JSON.stringify(body));
    const fail = (status: number, type: string, message: string) => {
      this.protocolErrors.push(`${type}: ${message}`);
      answer(status, { __type: type, message });
    };
    const target = String(request.headers['x-amz-target']);
    if (request.method !== 'POST' || !['TrentService.GenerateDataKey', 'TrentService.Decrypt'].includes(target)) return fail(400, 'UnknownOperationException', target);
    if (!String(request.headers['content-type']).startsWith('application/x-amz-json-1.1')) return fail(400, 'SerializationException', String(request.headers['content-type']));
    if (!SIGV4.test(String(request.headers.authorization ?? ''))) return fail(400, 'MissingAuthenticationTokenException', 'no SigV4 Authorization header');
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as KmsRequest;
    this.calls.push(target.split('.')[1]);
    const context = JSON.stringify(Object.entries(body.EncryptionContext ?? {}).sort());
    if (target === 'TrentService.GenerateDataKey') {
      const key = body.KeyId ? this.keys.get(body.KeyId) : undefined;
      if (!key) return fail(400, 'NotFoundException', `key ${body.KeyId} not found`);
      if (body.KeySpec !== 'AES_256') return fail(400, 'ValidationException', 'KeySpec');
      const plaintext = randomBytes(32);
      return answer(200, { KeyId: body.KeyId, Plaintext: plaintext.toString('base64'), CiphertextBlob: wrap(body.KeyId!, key, plaintext, context).toString('base64') });
    }
    const blob = Buffer.from(body.CiphertextBlob ?? '', 'base64');
    const keyId = blob.subarray(1, 1 + blob[0]).toString('utf8');
    const key = this.keys.get(keyId);
    if (!key || (body.KeyId && body.KeyId !== keyId)) return fail(400, 'IncorrectKeyException', 'the blob was not wrapped by this key');
    try {
      return answer(200, { KeyId: keyId, Plaintext: unwrap(key, blob.subarray(1 + blob[0]), keyId + context).toString('base64'), EncryptionAlgorithm: 'SYMMETRIC_DEFAULT' });
    } catch {
      return fail(400, 'InvalidCiphertextException', 'the blob or its encryption context does not match');
    }
  }
}

function wrap(keyId: string, key: Buffer, plaintext: Buffer, context: string): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from(keyId + context));
  const sealed = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  const id = Buffer.from(keyId, 'utf8');
  return Buffer.concat([Buffer.from([id.length]), id, iv, cipher.getAuthTag(), sealed]);
}

function unwrap(key: Buffer, bytes: Buffer, aad: string): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12)).setAAD(Buffer.from(aad));
  decipher.setAuthTag(bytes.subarray(12, 28));
  return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]);
}
