import { keysConfig } from '../keys.config.js';
import { generateWrappedDataKey, kmsClient } from '../kms-key-provider.js';

/**
 * `npm run keys:kms-data-key`: asks KMS (KMS_KEY_ID, KMS_ENDPOINT, the standard credential chain)
 * for a new master data key and prints only its wrapped form, as the KMS_DATA_KEY setting. The
 * plaintext never leaves the process. For a rotation: the old value becomes KMS_DATA_KEY_PREVIOUS.
 */
async function main(): Promise<void> {
  const config = keysConfig();
  if (!config.KMS_KEY_ID) throw new Error('KMS_KEY_ID is not set: name the KMS key that wraps the master key');
  const client = kmsClient(config);
  process.stdout.write(`KMS_DATA_KEY=${await generateWrappedDataKey(client, config.KMS_KEY_ID)}\n`);
  client.destroy();
}

main().catch((error: unknown) => {
  console.error('KMS data key generation failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
