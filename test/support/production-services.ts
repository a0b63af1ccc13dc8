import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDbLocal } from '../../src/modules/data/testing.js';
import { AnvilNode } from '../../src/modules/chain/testing.js';
import { ANVIL_SIGNER_KEYS } from './anvil-keys.js';
import { freePort } from './free-port.js';

export const PRODUCTION_SECRET = 'a'.repeat(64);
/** anvil's first development account: funded on every anvil node, so the operator can pay gas. */
const CLAIM_SIGNER_KEY = `0x${'22'.repeat(32)}`;
export const PRODUCTION_ADMIN = { email: 'ops@eurt.test', password: 'production-admin-password' };

/**
 * DynamoDB Local and anvil started by the test as a production deployment's external services,
 * with the platform's contracts deployed beforehand by `npm run contracts:deploy`.
 */
export class ProductionServices {
  private constructor(
    private readonly dir: string,
    private readonly dynamo: DynamoDbLocal,
    private readonly anvil: AnvilNode,
    readonly contracts: Record<string, string>,
  ) {}

  static async start(): Promise<ProductionServices> {
    const dir = mkdtempSync(join(tmpdir(), 'eurt-services-'));
    const dynamo = new DynamoDbLocal(dir, await freePort());
    const anvil = new AnvilNode(dir, await freePort(), 31337);
    try {
      await Promise.all([dynamo.start(), anvil.start()]);
      const printed = execFileSync(process.execPath, [join('dist', 'modules', 'chain', 'cli', 'deploy-contracts.cli.js')], {
        // anvil mines a block per transaction only: waiting for more confirmations would never end.
        env: { ...process.env, CHAIN_RPC_URL: anvil.rpcUrl, CHAIN_CONFIRMATIONS: '0', ...ANVIL_SIGNER_KEYS, CLAIM_SIGNER_PRIVATE_KEY: CLAIM_SIGNER_KEY },
        encoding: 'utf8',
      });
      const contracts = Object.fromEntries(printed.trim().split('\n').map((line) => line.split('=') as [string, string]));
      return new ProductionServices(dir, dynamo, anvil, contracts);
    } catch (error) {
      await Promise.all([dynamo.stop(), anvil.stop()]);
      throw error;
    }
  }

  /** Every setting the production profile asks for, pointing at these services. */
  async env(overrides: Record<string, string> = {}): Promise<Record<string, string>> {
    return {
      NODE_ENV: 'production',
      DATA_DIR: mkdtempSync(join(this.dir, 'platform-')),
      PORT: String(await freePort()),
      LOG_LEVEL: 'error',
      DYNAMODB_ENDPOINT: this.dynamo.endpoint,
      DYNAMODB_TABLE_PREFIX: `p${Date.now().toString(36)}_`,
      CHAIN_RPC_URL: this.anvil.rpcUrl,
      CHAIN_CONFIRMATIONS: '0',
      MASTER_KEY: PRODUCTION_SECRET,
      JWT_SECRET: `${'j'.repeat(40)}`,
      BANK_WEBHOOK_SECRET: `${'b'.repeat(40)}`,
      ACQUIRER_WEBHOOK_SECRET: `${'c'.repeat(40)}`,
      KYC_WEBHOOK_SECRET: `${'k'.repeat(40)}`,
      ...ANVIL_SIGNER_KEYS,
      CLAIM_SIGNER_PRIVATE_KEY: CLAIM_SIGNER_KEY,
      ADMIN_EMAIL: PRODUCTION_ADMIN.email,
      ADMIN_PASSWORD: PRODUCTION_ADMIN.password,
      SANDBOX_ENABLED: 'true',
      CRASH_AT: '',
      ...this.contracts,
      ...overrides,
    };
  }

  async stop(): Promise<void> {
    await Promise.all([this.dynamo.stop(), this.anvil.stop()]);
    rmSync(this.dir, { recursive: true, force: true });
  }
}
