import { z } from 'zod';
import { defineConfig, optionalString } from './define-config.js';

/** Secrets that would otherwise be generated under DATA_DIR; in production each must be provided. */
const REQUIRED_SECRETS = ['JWT_SECRET', 'BANK_WEBHOOK_SECRET', 'ACQUIRER_WEBHOOK_SECRET', 'KYC_WEBHOOK_SECRET'] as const;
/**
 * Keys that would otherwise be generated (and kept encrypted under DATA_DIR): the relayer/minter,
 * the reserve attester, compliance, the registry agent, the admin and the claim signer. Each is a
 * different key: one leaked key must not both mint and attest the reserve, or move money and decide
 * who may hold it (src/modules/chain/domain/signer-roles.ts).
 */
const REQUIRED_KEYS = [
  'OPERATOR_PRIVATE_KEY',
  'ATTESTER_PRIVATE_KEY',
  'COMPLIANCE_PRIVATE_KEY',
  'REGISTRAR_PRIVATE_KEY',
  'ADMIN_PRIVATE_KEY',
  'CLAIM_SIGNER_PRIVATE_KEY',
] as const;
/** Secrets that may be absent, but when set must be as long as the required ones. */
const OPTIONAL_SECRETS = ['JWT_PREVIOUS_SECRET'] as const;
const MIN_SECRET_BYTES = 32;
/** The master key's source: MASTER_KEY, or a KMS key and the data key it wrapped. */
const MASTER_KEY_SETTINGS = ['MASTER_KEY', 'MASTER_KEY_PREVIOUS', 'BLIND_INDEX_KEY', 'KMS_KEY_ID', 'KMS_DATA_KEY'] as const;

export const productionProfileConfig = defineConfig(
  'productionProfile',
  z.object({
    NODE_ENV: optionalString(),
    SANDBOX_ENABLED: optionalString(),
    DYNAMODB_ENDPOINT: optionalString(),
    CHAIN_RPC_URL: optionalString(),
    CRASH_AT: optionalString(),
    ...Object.fromEntries([...REQUIRED_SECRETS, ...OPTIONAL_SECRETS, ...REQUIRED_KEYS, ...MASTER_KEY_SETTINGS].map((name) => [name, optionalString()])),
  }),
);
type ProductionProfileConfig = Record<string, string | undefined>;

/**
 * Why this configuration must not run with NODE_ENV=production, or undefined when it may. Production
 * fails closed: nothing embedded, nothing generated, no test hooks, the sandbox only when asked for.
 */
export function unsafeProductionSetting(config: ProductionProfileConfig): string | undefined {
  if (config.NODE_ENV !== 'production') return undefined;
  if (!config.DYNAMODB_ENDPOINT) return 'DYNAMODB_ENDPOINT is not set: an embedded DynamoDB Local would start';
  if (!config.CHAIN_RPC_URL) return 'CHAIN_RPC_URL is not set: an embedded anvil node would start';
  const masterKeyProblem = unsafeMasterKeySetting(config);
  if (masterKeyProblem) return masterKeyProblem;
  for (const name of [...REQUIRED_SECRETS, ...REQUIRED_KEYS]) {
    if (!config[name]) return `${name} is not set: it would be generated under DATA_DIR`;
  }
  for (const [index, name] of REQUIRED_KEYS.entries()) {
    const same = REQUIRED_KEYS.slice(0, index).find((other) => config[other]!.toLowerCase() === config[name]!.toLowerCase());
    if (same) return `${name} is the same key as ${same}: every platform role signs with its own key`;
  }
  for (const name of [...REQUIRED_SECRETS, ...OPTIONAL_SECRETS.filter((optional) => config[optional])]) {
    const short = config[name]!.split(',').some((secret) => Buffer.byteLength(secret.trim()) < MIN_SECRET_BYTES);
    if (short) return `${name} is shorter than ${MIN_SECRET_BYTES} bytes`;
  }
  if (config.CRASH_AT) return 'CRASH_AT is set: it is a test hook that kills the process';
  if (config.SANDBOX_ENABLED !== 'true' && config.SANDBOX_ENABLED !== 'false') {
    return 'SANDBOX_ENABLED is not set explicitly: false, or true for a staging deployment that mounts the sandbox bank, acquirer and KYC provider';
  }
  return undefined;
}

/** Exactly one master key source, nothing generated, every local key at least 32 bytes. */
function unsafeMasterKeySetting(config: ProductionProfileConfig): string | undefined {
  if (config.MASTER_KEY && config.KMS_KEY_ID) return 'MASTER_KEY and KMS_KEY_ID are both set: set exactly one master key source';
  if (!config.MASTER_KEY && !config.KMS_KEY_ID) return 'MASTER_KEY is not set (nor KMS_KEY_ID): it would be generated under DATA_DIR';
  if (config.KMS_KEY_ID && !config.KMS_DATA_KEY) return 'KMS_DATA_KEY is not set: a data key would be generated under DATA_DIR (npm run keys:kms-data-key prints one)';
  for (const name of ['MASTER_KEY', 'MASTER_KEY_PREVIOUS', 'BLIND_INDEX_KEY'] as const) {
    const short = (config[name] ?? '').split(',').filter((key) => key.trim()).some((key) => Buffer.byteLength(key.trim()) < MIN_SECRET_BYTES);
    if (short) return `${name} is shorter than ${MIN_SECRET_BYTES} bytes`;
  }
  return undefined;
}

/** Stops the boot, naming the setting, when the production profile is unsafe. */
export function refuseUnsafeProductionProfile(): void {
  const problem = unsafeProductionSetting(productionProfileConfig());
  if (problem) throw new Error(`Refusing to start with NODE_ENV=production: ${problem}`);
}
