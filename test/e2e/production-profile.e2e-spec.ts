import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Hex, createPublicClient, http, keccak256, parseAbi, toBytes } from 'viem';
import { privateKeyToAddress } from 'viem/accounts';
import { ANVIL_SIGNER_KEYS } from '../support/anvil-keys.js';
import { PlatformProcess } from '../support/platform-process.js';
import { eventually } from '../support/platform.js';
import { KmsWireServer } from '../support/kms-wire-server.js';
import { ProductionServices } from '../support/production-services.js';

const SECRET = 'a'.repeat(64);
const accessControl = parseAbi(['function hasRole(bytes32 role, address account) view returns (bool)']);
const KEY = `0x${'11'.repeat(32)}`;

/** Every setting production asks for; each case below breaks exactly one of them. */
function safeProductionEnv(): Record<string, string> {
  return {
    NODE_ENV: 'production',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'eurt-production-')),
    PORT: '0',
    LOG_LEVEL: 'error',
    DYNAMODB_ENDPOINT: 'http://127.0.0.1:1',
    CHAIN_RPC_URL: 'http://127.0.0.1:1',
    MASTER_KEY: SECRET,
    JWT_SECRET: SECRET,
    BANK_WEBHOOK_SECRET: SECRET,
    ACQUIRER_WEBHOOK_SECRET: SECRET,
    KYC_WEBHOOK_SECRET: SECRET,
    OPERATOR_PRIVATE_KEY: KEY,
    ATTESTER_PRIVATE_KEY: `0x${'33'.repeat(32)}`,
    COMPLIANCE_PRIVATE_KEY: `0x${'44'.repeat(32)}`,
    REGISTRAR_PRIVATE_KEY: `0x${'55'.repeat(32)}`,
    ADMIN_PRIVATE_KEY: `0x${'66'.repeat(32)}`,
    CLAIM_SIGNER_PRIVATE_KEY: `0x${'22'.repeat(32)}`,
    SANDBOX_ENABLED: 'true',
    CRASH_AT: '',
  };
}

/** Runs `node dist/main.js` and resolves with its exit code and output once it stops by itself. */
function bootUntilExit(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join('dist', 'main.js')], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe('the production profile refuses unsafe settings at boot', () => {
  beforeAll(() => PlatformProcess.build());

  const unsafe: [string, Record<string, string>, RegExp][] = [
    ['no DYNAMODB_ENDPOINT (embedded DynamoDB Local)', { DYNAMODB_ENDPOINT: '' }, /DYNAMODB_ENDPOINT is not set/],
    ['no CHAIN_RPC_URL (embedded anvil)', { CHAIN_RPC_URL: '' }, /CHAIN_RPC_URL is not set/],
    ['a generated MASTER_KEY', { MASTER_KEY: '' }, /MASTER_KEY is not set \(nor KMS_KEY_ID\): it would be generated/],
    ['both MASTER_KEY and KMS_KEY_ID', { KMS_KEY_ID: 'alias/eurt' }, /MASTER_KEY and KMS_KEY_ID are both set/],
    ['KMS_KEY_ID without its wrapped data key', { MASTER_KEY: '', KMS_KEY_ID: 'alias/eurt' }, /KMS_DATA_KEY is not set: a data key would be generated/],
    ['a MASTER_KEY_PREVIOUS shorter than 32 bytes', { MASTER_KEY_PREVIOUS: 'short' }, /MASTER_KEY_PREVIOUS is shorter than 32 bytes/],
    ['a generated JWT_SECRET', { JWT_SECRET: '' }, /JWT_SECRET is not set: it would be generated/],
    ['a generated bank webhook secret', { BANK_WEBHOOK_SECRET: '' }, /BANK_WEBHOOK_SECRET is not set/],
    ['a generated acquirer webhook secret', { ACQUIRER_WEBHOOK_SECRET: '' }, /ACQUIRER_WEBHOOK_SECRET is not set/],
    ['a generated KYC webhook secret', { KYC_WEBHOOK_SECRET: '' }, /KYC_WEBHOOK_SECRET is not set/],
    ['a generated operator (relayer) key', { OPERATOR_PRIVATE_KEY: '' }, /OPERATOR_PRIVATE_KEY is not set/],
    ['a generated reserve attester key', { ATTESTER_PRIVATE_KEY: '' }, /ATTESTER_PRIVATE_KEY is not set/],
    ['a generated compliance key', { COMPLIANCE_PRIVATE_KEY: '' }, /COMPLIANCE_PRIVATE_KEY is not set/],
    ['a generated registry agent key', { REGISTRAR_PRIVATE_KEY: '' }, /REGISTRAR_PRIVATE_KEY is not set/],
    ['a generated admin key', { ADMIN_PRIVATE_KEY: '' }, /ADMIN_PRIVATE_KEY is not set/],
    ['the attester signing with the minter key', { ATTESTER_PRIVATE_KEY: KEY }, /ATTESTER_PRIVATE_KEY is the same key as OPERATOR_PRIVATE_KEY/],
    ['compliance and the admin on one key (case aside)', { COMPLIANCE_PRIVATE_KEY: `0x${'ab'.repeat(32)}`, ADMIN_PRIVATE_KEY: `0x${'AB'.repeat(32)}` }, /ADMIN_PRIVATE_KEY is the same key as COMPLIANCE_PRIVATE_KEY/],
    ['a MASTER_KEY shorter than 32 bytes', { MASTER_KEY: 'x'.repeat(31) }, /MASTER_KEY is shorter than 32 bytes/],
    ['a JWT_SECRET shorter than 32 bytes', { JWT_SECRET: 'short' }, /JWT_SECRET is shorter than 32 bytes/],
    ['a JWT_PREVIOUS_SECRET shorter than 32 bytes', { JWT_PREVIOUS_SECRET: 'short' }, /JWT_PREVIOUS_SECRET is shorter than 32 bytes/],
    ['one short secret in a rotation list', { BANK_WEBHOOK_SECRET: `${SECRET},short` }, /BANK_WEBHOOK_SECRET is shorter than 32 bytes/],
    ['CRASH_AT set', { CRASH_AT: 'chain.mint-signed' }, /CRASH_AT is set/],
    ['the sandbox without an explicit SANDBOX_ENABLED', { SANDBOX_ENABLED: '' }, /SANDBOX_ENABLED is not set explicitly/],
  ];

  it.each(unsafe)('refuses %s, naming the setting', async (_case, override, message) => {
    const { code, output } = await bootUntilExit({ ...safeProductionEnv(), ...override });
    expect(code).toBe(1);
    expect(output).toMatch(/Refusing to start with NODE_ENV=production/);
    expect(output).toMatch(message);
  });

  it('outside production the same unsafe settings are still accepted by the profile check', async () => {
    const { unsafeProductionSetting } = await import('../../src/shared/config/production-profile.js');
    expect(unsafeProductionSetting({ NODE_ENV: 'development' })).toBeUndefined();
    expect(unsafeProductionSetting({ ...safeProductionEnv() })).toBeUndefined();
  });
});

describe('the production profile on external services', () => {
  let services: ProductionServices;

  beforeAll(async () => {
    PlatformProcess.build();
    services = await ProductionServices.start();
  }, 180_000);

  afterAll(() => services?.stop());

  it('boots with every safe setting given and becomes ready', async () => {
    const platform = new PlatformProcess(await services.env());
    try {
      await platform.start();
      const ready = await eventually(async () => {
        const response = await platform.http.get('/health/ready');
        return response.status === 200 ? response : undefined;
      }, 'readiness');
      expect(ready.body).toMatchObject({ status: 'ok', info: { dynamodb: { status: 'up' }, chain: { status: 'up' }, signers: { status: 'up', accounts: 4 } } });
    } finally {
      await platform.stop();
    }
  }, 180_000);

  it('boots with the master key from AWS KMS (a KMS wire server) and becomes ready', async () => {
    const kms = new KmsWireServer(['alias/eurt-master']);
    const endpoint = await kms.start();
    let platform: PlatformProcess | undefined;
    try {
      const credentials = { AWS_ACCESS_KEY_ID: 'test-access-key', AWS_SECRET_ACCESS_KEY: 'test-secret-key', KMS_ENDPOINT: endpoint, KMS_KEY_ID: 'alias/eurt-master' };
      // Asynchronously: the KMS wire server answers from this very process.
      const { stdout: printed } = await promisify(execFile)(process.execPath, [join('dist', 'shared', 'crypto', 'cli', 'kms-data-key.cli.js')], {
        env: { ...process.env, ...credentials },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(printed).toMatch(/^KMS_DATA_KEY=[A-Za-z0-9+/=]{40,}\n$/);
      platform = new PlatformProcess(await services.env({ ...credentials, MASTER_KEY: '', KMS_DATA_KEY: printed.trim().slice('KMS_DATA_KEY='.length) }));
      await platform.start();
      await eventually(async () => ((await platform!.http.get('/health/ready')).status === 200 ? true : undefined), 'readiness');
      expect(kms.calls).toEqual(['GenerateDataKey', 'Decrypt']);
      expect(kms.protocolErrors).toEqual([]);
    } finally {
      await platform?.stop();
      await kms.stop();
    }
  }, 180_000);

  it('contracts:deploy gives every role to its own key: the minter neither attests nor administers, compliance does not mint', async () => {
    const env = await services.env();
    const chain = createPublicClient({ transport: http(env.CHAIN_RPC_URL) });
    const token = env.TOKEN_ADDRESS as Hex;
    const roleId = (name: string) => (name === 'DEFAULT_ADMIN_ROLE' ? (`0x${'00'.repeat(32)}` as Hex) : keccak256(toBytes(name)));
    const holds = (name: string, key: keyof typeof ANVIL_SIGNER_KEYS) =>
      chain.readContract({ address: token, abi: accessControl, functionName: 'hasRole', args: [roleId(name), privateKeyToAddress(ANVIL_SIGNER_KEYS[key])] });
    const expected: [string, keyof typeof ANVIL_SIGNER_KEYS, boolean][] = [
      ['MINTER_ROLE', 'OPERATOR_PRIVATE_KEY', true],
      ['NOTARY_ROLE', 'OPERATOR_PRIVATE_KEY', true],
      ['RESERVE_ATTESTER_ROLE', 'OPERATOR_PRIVATE_KEY', false],
      ['DEFAULT_ADMIN_ROLE', 'OPERATOR_PRIVATE_KEY', false],
      ['COMPLIANCE_ROLE', 'OPERATOR_PRIVATE_KEY', false],
      ['RESERVE_ATTESTER_ROLE', 'ATTESTER_PRIVATE_KEY', true],
      ['MINTER_ROLE', 'ATTESTER_PRIVATE_KEY', false],
      ['COMPLIANCE_ROLE', 'COMPLIANCE_PRIVATE_KEY', true],
      ['PAUSER_ROLE', 'COMPLIANCE_PRIVATE_KEY', true],
      ['MINTER_ROLE', 'COMPLIANCE_PRIVATE_KEY', false],
      ['DEFAULT_ADMIN_ROLE', 'ADMIN_PRIVATE_KEY', true],
      ['MINTER_ROLE', 'ADMIN_PRIVATE_KEY', false],
    ];
    for (const [name, key, held] of expected) expect([name, key, await holds(name, key)]).toEqual([name, key, held]);
    const agent = await chain.readContract({
      address: env.IDENTITY_REGISTRY_ADDRESS as Hex,
      abi: accessControl,
      functionName: 'hasRole',
      args: [roleId('AGENT_ROLE'), privateKeyToAddress(ANVIL_SIGNER_KEYS.REGISTRAR_PRIVATE_KEY)],
    });
    expect(agent).toBe(true);
  });

  it('refuses configured contract addresses that hold no contract on the chain (never redeploys)', async () => {
    const nowhere = `0x${'00'.repeat(19)}01`;
    const { code, output } = await bootUntilExit(await services.env({ TOKEN_ADDRESS: nowhere }));
    expect(code).toBe(1);
    expect(output).toMatch(new RegExp(`Refusing to start with NODE_ENV=production: no contract at TOKEN_ADDRESS ${nowhere}`, 'i'));
  }, 120_000);
});
