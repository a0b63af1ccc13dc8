import type { AppConfig } from './app.config.js';

/**
 * Whether the sandbox partners (bank, acquirer, KYC provider) and their `/v1/sandbox/*` routes
 * exist: on by default outside production, only with an explicit SANDBOX_ENABLED=true in it.
 */
export function sandboxEnabled(config: Pick<AppConfig, 'NODE_ENV' | 'SANDBOX_ENABLED'>): boolean {
  if (config.SANDBOX_ENABLED) return config.SANDBOX_ENABLED === 'true';
  return config.NODE_ENV !== 'production';
}
