import { Inject } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { Address } from 'viem';
import { DomainError } from '../../../../../shared/errors/index.js';
import { CURRENCY } from '../../../../../shared/money/index.js';
import type { Transfer } from '../../../domain/transfer.js';
import { operationIdOf } from '../../../domain/operation-id.js';
import { amountTooLarge, selfTransfer, transferRefused } from '../../../domain/errors/transfer.errors.js';
import { type NewTransfer, TransferRepository } from '../../../infrastructure/persistence/transfer.repository.js';
import { SpendingLimits } from '../../reservations/spending-limits.js';
import { SpendingReservation } from '../../reservations/spending-reservation.js';
import { tokenizerConfig } from '../../../tokenizer.config.js';
import { TokenReader } from '../../token-reader.js';
import { NonceAllocator } from '../../transfers/nonce-allocator.js';
import { RecipientResolver } from '../../transfers/recipient-resolver.js';
import { RequestTransferCommand } from './request-transfer.command.js';
import { TransferSigner } from '../../transfers/transfer-signer.js';
import { WalletDirectory } from '../../transfers/wallet-directory.js';

/**
 * Checks both sides, reserves the amount against the sender's spendable balance while recording
 * the transfer (one DynamoDB transaction), has custody sign the EIP-3009 authorization, and hands
 * it to the settler. Anything refused here is refused before anything is held.
 */
@CommandHandler(RequestTransferCommand)
export class RequestTransferHandler implements ICommandHandler<RequestTransferCommand> {
  constructor(
    private readonly transfers: TransferRepository,
    private readonly reservation: SpendingReservation,
    private readonly limits: SpendingLimits,
    private readonly recipients: RecipientResolver,
    private readonly tokens: TokenReader,
    private readonly signer: TransferSigner,
    private readonly directory: WalletDirectory,
    private readonly nonces: NonceAllocator,
    @Inject(tokenizerConfig.KEY) private readonly config: ConfigType<typeof tokenizerConfig>,
  ) {}

  async execute({ request }: RequestTransferCommand): Promise<Transfer> {
    if (request.amount > BigInt(Number.MAX_SAFE_INTEGER)) throw amountTooLarge();
    this.limits.checkPerOperation('transfer', request.amount);
    // Asked at once, answered in order: the sender's refusal comes first.
    const senderLookup = settledLater(this.directory.walletOf(request.senderId));
    const recipientLookup = settledLater(this.recipients.resolve(request.to));
    const pausedLookup = settledLater(this.tokens.paused());
    const sender = await senderLookup;
    if (!sender || sender.status !== 'registered') throw transferRefused('SENDER_NOT_VERIFIED');
    const recipient = await recipientLookup;
    if (recipient.customerId === request.senderId) throw selfTransfer();

    const [recipientState, paused] = await Promise.all([this.tokens.accountState(recipient.wallet.address), pausedLookup]);
    if (paused) throw transferRefused('PAUSED');
    if (recipientState.addressFrozen) throw transferRefused('RECIPIENT_FROZEN');
    if (recipientState.verifiedUntil <= BigInt(Math.floor(Date.now() / 1000))) throw transferRefused('RECIPIENT_NOT_VERIFIED');

    const id = operationIdOf('transfer', request.senderId, request.idempotencyKey);
    const nonce = await this.nonces.next(request.senderId);
    // Asked before (a retry whose first answer was lost in a crash): the record's create condition
    // fails and the reservation answers with the transfer on record, or a refusal below does.
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

    // A retry answered with a transfer already on its way (or finished) leaves it where it is.
    if (transfer.status === 'pending') await this.signer.signAndQueue(transfer);
    return transfer;
  }

  private async reserveAndRecord(transfer: NewTransfer): Promise<Transfer> {
    try {
      return await this.reserve(transfer);
    } catch (refusal) {
      // A retry of a transfer recorded before may no longer fit the balance or the daily limit it already counts in.
      if (!(refusal instanceof DomainError)) throw refusal;
      const recorded = await this.transfers.get(transfer.id);
      if (recorded) return recorded;
      throw refusal;
    }
  }

  private reserve(transfer: NewTransfer): Promise<Transfer> {
    return this.reservation.reserveAndRecord({
      kind: 'transfer',
      operationId: transfer.id,
      customerId: transfer.senderId as string,
      wallet: transfer.senderWallet as Address,
      amount: transfer.amount,
      record: (reservation) => this.transfers.create(transfer, reservation, []),
      recorded: () => this.transfers.get(transfer.id),
    });
  }
}

/** A promise that may be awaited later without its rejection counting as unhandled meanwhile. */
function settledLater<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}
