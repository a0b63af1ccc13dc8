import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { zeroAddress } from 'viem';
import { CURRENCY } from '../../../../shared/money/index.js';
import { GetChainTransactionKeyByHashQuery, type TokenTransferObservedPayload } from '../../../chain/index.js';
import { FindWalletByAddressQuery } from '../../../custody/index.js';
import { isTransferChainKey } from '../../domain/transfer.js';
import { TransferRepository } from '../../infrastructure/transfer.repository.js';

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
  /** Hashes of the platform's recent transfer transactions: a batch emits one log per member. */
  private readonly platformHashes = new Set<string>();

  constructor(
    private readonly transfers: TransferRepository,
    private readonly queries: QueryBus,
  ) {}

  async record(log: TokenTransferObservedPayload): Promise<void> {
    if (log.from === zeroAddress || log.to === zeroAddress) return;
    if (this.platformHashes.has(log.transactionHash)) return;
    const platformKey = await this.queries.execute(new GetChainTransactionKeyByHashQuery(log.transactionHash));
    if (platformKey && isTransferChainKey(platformKey)) {
      if (this.platformHashes.size >= 1000) this.platformHashes.delete(this.platformHashes.values().next().value as string);
      this.platformHashes.add(log.transactionHash);
      return;
    }
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
}
