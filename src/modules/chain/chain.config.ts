import { z } from 'zod';
import { defineConfig, optionalString, port } from '../../shared/config/index.js';

const address = () =>
  optionalString().refine((value) => value === undefined || /^0x[0-9a-fA-F]{40}$/.test(value), 'must be a 0x-prefixed 20-byte address');
const privateKey = () =>
  optionalString().refine((value) => value === undefined || /^0x[0-9a-fA-F]{64}$/.test(value), 'must be a 0x-prefixed 32-byte hex key');

export const chainConfig = defineConfig(
  'chain',
  z.object({
    CHAIN_RPC_URL: optionalString(),
    ANVIL_PORT: port(8545),
    /** Only for the embedded node. */
    ANVIL_CHAIN_ID: z.coerce.number().int().positive().default(31337),
    CHAIN_CONFIRMATIONS: z.coerce.number().int().min(0).optional(),
    /** The relayer/minter key (see domain/signer-roles.ts for what each key does). */
    OPERATOR_PRIVATE_KEY: privateKey(),
    ATTESTER_PRIVATE_KEY: privateKey(),
    COMPLIANCE_PRIVATE_KEY: privateKey(),
    REGISTRAR_PRIVATE_KEY: privateKey(),
    ADMIN_PRIVATE_KEY: privateKey(),
    CLAIM_SIGNER_PRIVATE_KEY: privateKey(),
    /** A signing account holding less ETH than this (for its fees) is reported: metric, log, readiness check. */
    CHAIN_SIGNER_LOW_BALANCE_ETH: z.string().regex(/^\d+(\.\d{1,18})?$/).default('0.05'),
    /** Blocks the indexer waits behind the head before it believes a log (defaults to CHAIN_CONFIRMATIONS). */
    INDEXER_CONFIRMATIONS: z.coerce.number().int().min(0).optional(),
    INDEXER_START_BLOCK: z.coerce.number().int().min(0).default(0),
    INDEXER_POLL_MS: z.coerce.number().int().min(50).default(1000),
    INDEXER_MAX_BLOCK_RANGE: z.coerce.number().int().min(1).default(2000),
    /** A broadcast transaction not mined after this long is replaced with the same nonce at a higher fee. */
    CHAIN_STUCK_AFTER_SECONDS: z.coerce.number().int().min(1).default(60),
    /** The ceiling of fee bumping: a replacement never offers more than this maxFeePerGas. */
    CHAIN_MAX_FEE_PER_GAS_GWEI: z.coerce.number().int().min(1).default(500),
    TOKEN_ADDRESS: address(),
    IDENTITY_REGISTRY_ADDRESS: address(),
    CLAIM_ISSUER_ADDRESS: address(),
    IDENTITY_FACTORY_ADDRESS: address(),
  }),
);
export type ChainConfig = ReturnType<typeof chainConfig>;
