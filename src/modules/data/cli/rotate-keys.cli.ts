import { DynamoDB } from '@aws-sdk/client-dynamodb';
import { EnvelopeCipher, keysConfig, masterKeyProvider } from '../../../shared/crypto/index.js';
import { KeyRotation, type RotationTally } from '../application/key-rotation.js';
import { dataConfig } from '../data.config.js';

/**
 * `npm run keys:rotate`: with the new master key configured (MASTER_KEY or KMS_DATA_KEY) and the
 * old one beside it (MASTER_KEY_PREVIOUS or KMS_DATA_KEY_PREVIOUS), rewraps every envelope's data
 * key under the new key, in every table and in DATA_DIR/secrets, while the platform runs with the
 * same settings. Exits 1 while anything is still wrapped by another key: keep the previous key configured until it exits 0.
 */
async function main(): Promise<void> {
  const keys = keysConfig();
  const data = dataConfig();
  const cipher = new EnvelopeCipher(await masterKeyProvider(keys).load());
  const endpoint = data.DYNAMODB_ENDPOINT;
  // No endpoint: real DynamoDB in AWS_REGION, with the standard credential chain (as the platform).
  const isLocal = !!endpoint && /^https?:\/\/(127\.0\.0\.1|localhost|\[::1\])/.test(endpoint);
  const dynamo = new DynamoDB({
    region: data.AWS_REGION,
    ...(endpoint ? { endpoint } : {}),
    ...(isLocal ? { credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
  });
  const rotation = new KeyRotation(cipher, dynamo, data.DYNAMODB_TABLE_PREFIX);
  // A second pass picks up what a concurrent write raced; the platform writes under the current key.
  let tallies: Record<string, RotationTally> = {};
  for (let pass = 0; pass < 3; pass += 1) {
    tallies = { ...(await rotation.rotateTables()), 'DATA_DIR/secrets': rotation.rotateFiles(keys.DATA_DIR) };
    if (Object.values(tallies).every((tally) => tally.raced === 0)) break;
  }
  const left = Object.values(tallies).reduce((sum, tally) => sum + tally.legacy + tally.unreadable + tally.raced, 0);
  process.stdout.write(`${JSON.stringify({ currentKeyId: cipher.currentKeyId, tables: tallies, left }, null, 2)}\n`);
  dynamo.destroy();
  if (left > 0) {
    console.error(`${left} envelope(s) are still wrapped by another key: keep the previous key configured`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error('Key rotation failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
