import { Injectable } from '@nestjs/common';
import { type Hex, toHex } from 'viem';
import { SpendingRepository } from '../../infrastructure/persistence/spending.repository.js';

const NONCES_PER_WORD = 256;

/**
 * Hands out EIP-3009 authorization nonces per customer. The token keeps used nonces as bits of
 * 256-bit words, so nonces are drawn a word at a time (one atomic counter increment per 256
 * transfers, per process): each word costs one fresh storage slot on chain, and no two
 * authorizations ever share a nonce, across processes and restarts (a restart only skips the rest
 * of a word).
 */
@Injectable()
export class NonceAllocator {
  private readonly words = new Map<string, { word: number; next: number; taking?: Promise<number> }>();

  constructor(private readonly spending: SpendingRepository) {}

  async next(customerId: string): Promise<Hex> {
    for (;;) {
      let current = this.words.get(customerId);
      if (current && current.next < NONCES_PER_WORD && !current.taking) {
        const nonce = BigInt(current.word) * BigInt(NONCES_PER_WORD) + BigInt(current.next++);
        return toHex(nonce, { size: 32 });
      }
      if (current?.taking) {
        await current.taking;
        continue;
      }
      current = { word: 0, next: NONCES_PER_WORD };
      current.taking = this.spending.nextNonceWord(customerId);
      this.words.set(customerId, current);
      try {
        current.word = await current.taking;
        current.next = 0;
      } catch (error) {
        this.words.delete(customerId);
        throw error;
      } finally {
        current.taking = undefined;
      }
    }
  }
}
