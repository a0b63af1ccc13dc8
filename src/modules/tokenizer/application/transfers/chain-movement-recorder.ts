import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { zeroAddress } from 'viem';
import { CURRENCY } from '../../../../shared/money/index.js';
import { GetChainTransactionKeyByHashQuery, type TokenTransferObservedPayload } from '../../../chain/index.js';
import { FindWalletByAddressQuery } from '../../../custody/index.js';
import { isTransferChainKey } from '../../domain/transfer.js';
import { TransferRepository } from '../../infrastructure/persistence/transfer.repository.js';

export const chainMovementIdOf = (transactionHash: string, logIndex: number) => `chain-${transactionHash.toLowerCase()}-${logIndex}`;

/**
 * Keeps the history true to the chain for movements the platform did not start as transfers (a
 * customer's authorization relayed by someone else, a compliance forced transfer): a token Transfer
 * between wallets, with a customer on at least one side, becomes a completed transfer in their
 * histories. The platform's own relayed transfers are recognized by their transaction hash; mints
 * and burns are only ever the platform's deposits, top-ups and withdrawals (only its roles may),
 * which their own records list.
 */
@Injectable()
export class ChainMovementRecorder {
  /** Recent answers to "which platform transaction has this hash?": a batch emits one log per member, all at once. */
  private readonly keysByHash = new Map<string, Promise<string | undefined>>();

  constructor(
    private readonly transfers: TransferRepository,
    private readonly queries: QueryBus,
  ) {}

  async record(log: TokenTransferObservedPayload): Promise<void> {
    if (log.from === zeroAddress || log.to === zeroAddress) return;
    const platformKey = await this.platformKeyOf(log.transactionHash);
    if (platformKey && isTransferChainKey(platformKey)) return;
    const [sender, recipient] = await Promise.all([
      this.queries.execute(new FindWalletByAddressQuery(log.from)),
      this.queries.execute(new FindWalletByAddressQuery(log.to)),
    ]);
    if (!sender && !recipient) return;
    await this.transfers.recordObserved({
      id: chainMovementIdOf(log.transactionHash, log.logIndex),
      origin: 'chain',
      ...(sender ? { senderId: sender.customerId } : {}),
      senderWallet: log.from,
      ...(recipient ? { recipientId: recipient.customerId } : {}),
      recipientWallet: log.to,
      amount: BigInt(log.amount),
      currency: CURRENCY,
      status: 'completed',
      transactionHash: log.transactionHash,
    });
  }

  private platformKeyOf(hash: string): Promise<string | undefined> {
    let key = this.keysByHash.get(hash);
    if (!key) {
      if (this.keysByHash.size >= 1000) this.keysByHash.delete(this.keysByHash.keys().next().value as string);
      key = this.queries.execute(new GetChainTransactionKeyByHashQuery(hash));
      // A failed look-up is not remembered: the redelivered event asks again.
      key.catch(() => this.keysByHash.delete(hash));
      this.keysByHash.set(hash, key);
    }
    return key;
  }
}
