import { Inject } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { Address } from 'viem';
import { CURRENCY } from '../../../../shared/money/index.js';
import { isDataConflict } from '../../../data/index.js';
import type { Transfer } from '../../domain/transfer.js';
import { operationIdOf } from '../../domain/operation-id.js';
import { amountTooLarge, selfTransfer, transferRefused } from '../../domain/transfer.errors.js';
import { SpendingRepository, type SpendingSnapshot } from '../../infrastructure/spending.repository.js';
import { TransferRepository } from '../../infrastructure/transfer.repository.js';
import { tokenizerConfig } from '../../tokenizer.config.js';
import { TokenReader } from '../token-reader.js';
import { NonceAllocator } from './nonce-allocator.js';
import { RecipientResolver } from './recipient-resolver.js';
import { RequestTransferCommand } from './request-transfer.command.js';
import { TransferSigner } from './transfer-signer.js';
import { WalletDirectory } from './wallet-directory.js';

/** A release between our read of the reservations and our write makes us read again; this many times at most. */
const RESERVATION_ATTEMPTS = 20;

/**
 * Checks both sides, reserves the amount against the sender's spendable balance while recording
 * the transfer (one DynamoDB transaction), has custody sign the EIP-3009 authorization, and hands
 * it to the settler. Anything refused here is refused before anything is held.
 */
@CommandHandler(RequestTransferCommand)
export class RequestTransferHandler implements ICommandHandler<RequestTransferCommand> {
  constructor(
    private readonly transfers: TransferRepository,
    private readonly spending: SpendingRepository,
    private readonly recipients: RecipientResolver,
    private readonly tokens: TokenReader,
    private readonly signer: TransferSigner,
    private readonly directory: WalletDirectory,
    private readonly nonces: NonceAllocator,
    @Inject(tokenizerConfig.KEY) private readonly config: ConfigType<typeof tokenizerConfig>,
  ) {}

  async execute({ request }: RequestTransferCommand): Promise<Transfer> {
    if (request.amount > BigInt(Number.MAX_SAFE_INTEGER)) throw amountTooLarge();
    const sender = await this.directory.walletOf(request.senderId);
    if (!sender || sender.status !== 'registered') throw transferRefused('SENDER_NOT_VERIFIED');
    const recipient = await this.recipients.resolve(request.to);
    if (recipient.customerId === request.senderId) throw selfTransfer();

    const [recipientState, paused] = await Promise.all([this.tokens.accountState(recipient.wallet.address), this.tokens.paused()]);
    if (paused) throw transferRefused('PAUSED');
    if (recipientState.addressFrozen) throw transferRefused('RECIPIENT_FROZEN');
    if (recipientState.verifiedUntil <= BigInt(Math.floor(Date.now() / 1000))) throw transferRefused('RECIPIENT_NOT_VERIFIED');

    const id = operationIdOf('transfer', request.senderId, request.idempotencyKey);
    // Asked before (a retry whose first answer was lost in a crash): the same transfer, not a second one.
    const existing = await this.transfers.get(id);
    if (existing) return existing;
    const nonce = await this.nonces.next(request.senderId);
    const transfer = await this.reserveAndRecord({
      id,
      origin: 'platform',
      senderId: request.senderId,
      senderWallet: sender.address,
      recipientId: recipient.customerId,
      recipientWallet: recipient.wallet.address,
      amount: request.amount,
      currency: CURRENCY,
      to: request.to,
      ...(request.note ? { note: request.note } : {}),
      status: 'pending',
      authorizationNonce: nonce,
      validBefore: Math.floor(Date.now() / 1000) + this.config.TRANSFER_AUTHORIZATION_TTL_SECONDS,
    });

    await this.signer.signAndQueue(transfer);
    return transfer;
  }

  private async reserveAndRecord(transfer: Parameters<TransferRepository['create']>[0]): Promise<Transfer> {
    const senderId = transfer.senderId as string;
    for (let attempt = 1; ; attempt++) {
      // The reservations first, the chain second: see SpendingRepository.
      const seen = await this.spending.snapshot(senderId);
      const room = await this.roomFor(transfer, seen);
      try {
        return await this.transfers.create(transfer, [this.spending.reserve(senderId, transfer.amount, seen, room)], []);
      } catch (error) {
        if (!isDataConflict(error) || attempt >= RESERVATION_ATTEMPTS) throw error;
        const concurrent = await this.transfers.get(transfer.id);
        if (concurrent) return concurrent; // the same request, retried while the first was running
        // Either another reservation took the room (the next read says so) or a release moved the count.
      }
    }
  }

  /**
   * How much the sender's reservations may add up to: the chain's spendable balance. A reserved
   * transfer that the chain already settled, but whose reservation is not released yet, is counted
   * twice by that rule (once reserved, once gone from the balance); when the amount does not fit,
   * those are found at one block and counted once, so exactly the affordable transfers pass.
   */
  private async roomFor(transfer: Parameters<TransferRepository['create']>[0], seen: SpendingSnapshot): Promise<bigint> {
    const wallet = transfer.senderWallet as Address;
    const latest = await this.tokens.accountState(wallet);
    if (latest.addressFrozen) throw transferRefused('SENDER_FROZEN');
    const spendable = latest.balance - latest.held - latest.frozen;
    if (seen.reserved + transfer.amount <= spendable) return spendable;

    const block = await this.tokens.head();
    const [state, open] = await Promise.all([this.tokens.accountState(wallet, block), this.transfers.listOutgoingOpen(transfer.senderId as string)]);
    const settled = await Promise.all(
      open.map(async (pending) =>
        pending.authorizationNonce && (await this.tokens.authorizationUsed(wallet, pending.authorizationNonce, block)) ? pending.amount : 0n,
      ),
    );
    const room = state.balance - state.held - state.frozen + settled.reduce((sum, amount) => sum + amount, 0n);
    if (seen.reserved + transfer.amount > room) throw transferRefused('INSUFFICIENT_FUNDS');
    return room;
  }
}
