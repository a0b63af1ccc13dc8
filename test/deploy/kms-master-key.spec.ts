import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EnvelopeCipher } from '../../src/shared/crypto/envelope-cipher.js';
import { generateWrappedDataKey, kmsClient, KmsMasterKeyProvider } from '../../src/shared/crypto/kms-key-provider.js';
import { KmsWireServer } from '../support/kms-wire-server.js';

describe('KmsMasterKeyProvider (against a KMS JSON 1.1 wire server)', () => {
  const kms = new KmsWireServer(['alias/eurt-master', 'alias/other']);
  let endpoint: string;
  let dataDir: string;
  const settings = () => ({ DATA_DIR: dataDir, KMS_KEY_ID: 'alias/eurt-master', KMS_ENDPOINT: endpoint, AWS_REGION: 'eu-west-1' });

  beforeAll(async () => {
    process.env.AWS_ACCESS_KEY_ID = 'test-access-key';
    process.env.AWS_SECRET_ACCESS_KEY = 'test-secret-key';
    endpoint = await kms.start();
    dataDir = mkdtempSync(join(tmpdir(), 'kms-provider-'));
  });
  afterAll(async () => {
    await kms.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });
  afterEach(() => expect(kms.protocolErrors.filter((error) => !error.startsWith('IncorrectKey') && !error.startsWith('InvalidCiphertext'))).toEqual([]));

  it('behavior: a configured wrapped data key is decrypted by KMS and becomes the master key', async () => {
    const blob = await generateWrappedDataKey(kmsClient(settings()), 'alias/eurt-master');
    const first = new EnvelopeCipher(await new KmsMasterKeyProvider({ ...settings(), KMS_DATA_KEY: blob }).load());
    const second = new EnvelopeCipher(await new KmsMasterKeyProvider({ ...settings(), KMS_DATA_KEY: blob }).load());
    expect(second.decryptText(first.encrypt('FR7630006000011234567890189', 'ctx'), 'ctx')).toBe('FR7630006000011234567890189');
    expect(kms.calls).toEqual(expect.arrayContaining(['GenerateDataKey', 'Decrypt']));
  });

  it('behavior: without KMS_DATA_KEY (outside production) one data key is generated and only its wrapped form kept', async () => {
    const keys = await new KmsMasterKeyProvider(settings()).load();
    const kept = readFileSync(join(dataDir, 'secrets', 'master.key.kms'), 'utf8');
    expect(Buffer.from(kept, 'base64').includes(keys.current)).toBe(false);
    expect((await new KmsMasterKeyProvider(settings()).load()).current.equals(keys.current)).toBe(true);
  });

  it('behavior: rotation: the previous wrapped data key still unwraps, blind indexes follow the pinned key', async () => {
    const client = kmsClient(settings());
    const [before, after] = [await generateWrappedDataKey(client, 'alias/eurt-master'), await generateWrappedDataKey(client, 'alias/eurt-master')];
    const old = new EnvelopeCipher(await new KmsMasterKeyProvider({ ...settings(), KMS_DATA_KEY: before }).load());
    const rotated = new EnvelopeCipher(
      await new KmsMasterKeyProvider({ ...settings(), KMS_DATA_KEY: after, KMS_DATA_KEY_PREVIOUS: before, KMS_BLIND_INDEX_DATA_KEY: before }).load(),
    );
    const envelope = old.encrypt('ada@example.com', 'ctx');
    expect(rotated.decryptText(envelope, 'ctx')).toBe('ada@example.com');
    expect(rotated.keyIdOf(rotated.rewrap(envelope)!)).toBe(rotated.currentKeyId);
    expect(rotated.blindIndex('ada@example.com', 'email')).toBe(old.blindIndex('ada@example.com', 'email'));
  });

  it('error: a previous key without a pinned blind index key is refused by name', async () => {
    const blob = await generateWrappedDataKey(kmsClient(settings()), 'alias/eurt-master');
    await expect(new KmsMasterKeyProvider({ ...settings(), KMS_DATA_KEY: blob, KMS_DATA_KEY_PREVIOUS: blob }).load()).rejects.toThrow(/KMS_BLIND_INDEX_DATA_KEY/);
  });

  it('error: a data key wrapped by another KMS key is refused', async () => {
    const foreign = await generateWrappedDataKey(kmsClient(settings()), 'alias/other');
    await expect(new KmsMasterKeyProvider({ ...settings(), KMS_DATA_KEY: foreign }).load()).rejects.toThrow();
  });
});
