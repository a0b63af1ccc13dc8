import { resolve } from 'node:path';
import { z } from 'zod';
import { defineConfig, optionalString } from '../config/define-config.js';

/** Where the master keys come from: exactly one of MASTER_KEY (local) or KMS_KEY_ID (AWS KMS). */
export const keysConfig = defineConfig(
  'keys',
  z.object({
    DATA_DIR: z.string().default('./data').transform((dir) => resolve(dir)),
    /** The local master key: hex, at least 32 bytes. Unset and no KMS_KEY_ID: generated under DATA_DIR (never in production). */
    MASTER_KEY: optionalString(),
    /** During a rotation: the master key(s) being replaced, comma-separated; they still unwrap what is not rewrapped yet. */
    MASTER_KEY_PREVIOUS: optionalString(),
    /** The key the blind indexes derive from; pin it (to the first master key) before the first rotation. Unset: the current master key. */
    BLIND_INDEX_KEY: optionalString(),
    /** An AWS KMS key (id, ARN or alias): the master key is then a data key it generated and wraps. */
    KMS_KEY_ID: optionalString(),
    /** A KMS-compatible endpoint instead of the regional one (a VPC endpoint, a local KMS). */
    KMS_ENDPOINT: optionalString(),
    /** The master data key as KMS wrapped it (base64 CiphertextBlob, `npm run keys:kms-data-key`). Unset: generated once under DATA_DIR (never in production). */
    KMS_DATA_KEY: optionalString(),
    /** During a rotation: the wrapped data key(s) being replaced, comma-separated. */
    KMS_DATA_KEY_PREVIOUS: optionalString(),
    /** The wrapped data key the blind indexes derive from (pin it to the first KMS_DATA_KEY before the first rotation). */
    KMS_BLIND_INDEX_DATA_KEY: optionalString(),
    AWS_REGION: z.string().default('eu-west-1'),
  }),
);
export type KeysConfig = ReturnType<typeof keysConfig>;
