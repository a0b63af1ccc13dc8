import type { INestApplicationContext } from '@nestjs/common';
import type { Hex } from 'viem';
import { WalletRepository } from './infrastructure/persistence/wallet.repository.js';

/**
 * For tests only, offered on purpose (the architecture test lets test/ import it, and nothing in
 * src/): a customer's decrypted custodial key, so a suite can prove the key never appears in a
 * response or a log line.
 */
export function custodialKeyOf(app: INestApplicationContext, customerId: string): Promise<Hex> {
  return app.get(WalletRepository).withPrivateKey(customerId, async (key) => key);
}
