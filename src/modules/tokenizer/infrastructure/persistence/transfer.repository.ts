import { Injectable } from '@nestjs/common';
import dynamoose from 'dynamoose';
import type { ModelType } from 'dynamoose/dist/General.js';
import { EnvelopeCipher } from '../../../../shared/crypto/index.js';
import type { DomainEvent } from '../../../../shared/events/index.js';
import { DynamoTables, GroupCommit, UnitOfWork, type WriteItem, isDataConflict } from '../../../data/index.js';
import type { StatusChange } from '../../domain/deposit.js';
import {
  OPEN_TRANSFER_STATUSES,
  TRANSFER_MOVES,
  type Transfer,
  type TransferFailureCode,
  type TransferOrigin,
  type TransferRecipient,
  type TransferStatus,
} from '../../domain/transfer.js';
import { type ListingCursor, pageBefore } from './page-before.js';
import { stateMachineOf } from './state-machines.js';
import {
  CHAIN_KEY_INDEX,
  INCOMING_OPEN_INDEX,
  OPEN_INDEX,
  OUTGOING_OPEN_INDEX,
  RECIPIENT_INDEX,
  SENDER_INDEX,
  TransferRecord,
  transferSchema,
} from './transfer.model.js';

const TABLE = 'tokenizer_transfers';

export type NewTransfer = Omit<Transfer, 'history' | 'createdAt' | 'updatedAt' | 'status'> & { status: TransferStatus };

export interface TransitionChanges {
  reason?: string;
  reasonCode?: TransferFailureCode;
  chainKey?: string;
  transactionHash?: string;
  signature?: string;
}

@Injectable()
export class TransferRepository {
  private readonly transfers: ModelType<TransferRecord>;
  private readonly machine = stateMachineOf<TransferStatus, Transfer>(OPEN_TRANSFER_STATUSES, {
    // The sweepers' index and each side's pending in/out listings.
    openMarks: (transfer) => ({
      open: '1',
      ...(transfer.recipientId ? { incomingOpen: transfer.recipientId } : {}),
      ...(transfer.senderId ? { outgoingOpen: transfer.senderId } : {}),
    }),
    // Only from the state it was read in and, once submitted, only for the transaction it is in;
    // not the last update: records listed by chain key come from an index that may lag a write.
    guard: (transfer) => ({ status: transfer.status, chainKey: transfer.chainKey }),
    moves: TRANSFER_MOVES,
  });

  constructor(
    tables: DynamoTables,
    private readonly unitOfWork: UnitOfWork,
    private readonly cipher: EnvelopeCipher,
    private readonly groupCommit: GroupCommit,
  ) {
    this.transfers = tables.define<TransferRecord>(TABLE, transferSchema);
  }

  /** Records a new transfer with the writes that must happen with it (its reservation); throws a data conflict when a condition fails. */
  async create(transfer: NewTransfer, writes: WriteItem[], events: DomainEvent[]): Promise<Transfer> {
    const now = new Date().toISOString();
    const record = {
      id: transfer.id,
      origin: transfer.origin,
      ...(transfer.senderId ? { senderId: transfer.senderId } : {}),
      senderWallet: transfer.senderWallet,
      ...(transfer.recipientId ? { recipientId: transfer.recipientId } : {}),
      recipientWallet: transfer.recipientWallet,
      amount: transfer.amount.toString(),
      currency: transfer.currency,
      ...(transfer.to ? { toEnc: this.cipher.encrypt(JSON.stringify(transfer.to), this.context(transfer.id, 'to')) } : {}),
      ...(transfer.note ? { noteEnc: this.cipher.encrypt(transfer.note, this.context(transfer.id, 'note')) } : {}),
      status: transfer.status,
      ...(transfer.authorizationNonce ? { authorizationNonce: transfer.authorizationNonce } : {}),
      ...(transfer.validBefore ? { validBefore: transfer.validBefore } : {}),
      ...(transfer.transactionHash ? { transactionHash: transfer.transactionHash } : {}),
      ...this.machine.initial(transfer as Transfer, now),
      createdAt: now,
      updatedAt: now,
    };
    const creation = [this.transfers.transaction.create(record, { overwrite: false }), ...writes];
    // New transfers from many requests share transactions; the same sender's never do (their reservations touch one item).
    await this.groupCommit.commit(creation, transfer.senderId ?? transfer.id, events);
    return this.toTransfer(record as TransferRecord);
  }

  /** Records a movement seen on chain; false when it was already recorded. */
  async recordObserved(transfer: NewTransfer): Promise<boolean> {
    try {
      await this.create(transfer, [], []);
      return true;
    } catch (error) {
      if (isDataConflict(error)) return false;
      throw error;
    }
  }

  async get(id: string): Promise<Transfer | undefined> {
    const record = await this.transfers.get({ id }, { consistent: true });
    return record ? this.toTransfer(record) : undefined;
  }

  /**
   * Moves the transfer from its current status to `to` only if it is still there, appending to
   * its history; `writes` (a reservation release) and `events` commit with it. False when another
   * worker moved it first.
   */
  async transition(transfer: Transfer, to: TransferStatus, changes: TransitionChanges, writes: WriteItem[], events: DomainEvent[]): Promise<boolean> {
    if (!this.machine.allows(transfer.status, to)) return false;
    const key = { id: transfer.id };
    const { update, condition } = this.machine.write(transfer, to, { ...changes });
    return this.machine.run(async () => {
      // Alone, a conditional update is enough (and cheaper than a transaction).
      if (!writes.length && !events.length) await this.transfers.update(key, update, { condition });
      else await this.unitOfWork.commit([this.transfers.transaction.update(key, update, { condition }), ...writes], events);
    });
  }

  /**
   * Several transitions (a batch's members) in one DynamoDB transaction, with their writes and
   * events; all or nothing. False when one of them had moved on: the caller goes one by one.
   */
  async transitionAll(
    moves: { transfer: Transfer; to: TransferStatus; changes: TransitionChanges }[],
    writes: WriteItem[],
    events: DomainEvent[],
  ): Promise<boolean> {
    if (!moves.every(({ transfer, to }) => this.machine.allows(transfer.status, to))) return false;
    const updates = moves.map(({ transfer, to, changes }) => {
      const { update, condition } = this.machine.write(transfer, to, { ...changes });
      return this.transfers.transaction.update({ id: transfer.id }, update, { condition });
    });
    return this.machine.run(() => this.unitOfWork.commit([...updates, ...writes], events));
  }

  /** Points a submitted transfer at another chain transaction (its batch failed: it goes alone). */
  async rekey(transfer: Transfer, chainKey: string): Promise<boolean> {
    try {
      await this.transfers.update(
        { id: transfer.id },
        { chainKey, updatedAt: new Date().toISOString() },
        { condition: new dynamoose.Condition('status').eq('submitted').and().where('chainKey').eq(transfer.chainKey as string) },
      );
      return true;
    } catch (error) {
      if ((error as { name?: string }).name === 'ConditionalCheckFailedException') return false;
      throw error;
    }
  }

  async listByChainKey(chainKey: string): Promise<Transfer[]> {
    // The index may lag a write; every transition is conditional on status and chain key anyway.
    const records = await this.transfers.query('chainKey').eq(chainKey).using(CHAIN_KEY_INDEX).all().exec();
    return records.map((record) => this.toTransfer(record));
  }

  async listOpen(): Promise<Transfer[]> {
    const records = await this.transfers.query('open').eq('1').using(OPEN_INDEX).all().exec();
    return records.map((record) => this.toTransfer(record));
  }

  async listFor(customerId: string, side: 'sender' | 'recipient', cursor: ListingCursor | undefined, need: number): Promise<Transfer[]> {
    const [index, attribute] = side === 'sender' ? [SENDER_INDEX, 'senderId'] : [RECIPIENT_INDEX, 'recipientId'];
    const records = await pageBefore(this.transfers, index, attribute, customerId, cursor, need);
    return records.map((record) => this.toTransfer(record));
  }

  /** The sender's open transfers, each read again consistently (the index may lag a release). */
  async listOutgoingOpen(customerId: string): Promise<Transfer[]> {
    const records = await this.transfers.query('outgoingOpen').eq(customerId).using(OUTGOING_OPEN_INDEX).all().exec();
    const current = await Promise.all(records.map((record) => this.get(record.id)));
    return current.filter((transfer): transfer is Transfer => transfer !== undefined && OPEN_TRANSFER_STATUSES.includes(transfer.status));
  }

  async sumIncomingOpen(customerId: string): Promise<bigint> {
    const records = await this.transfers.query('incomingOpen').eq(customerId).using(INCOMING_OPEN_INDEX).all().exec();
    return records.reduce((sum, record) => sum + BigInt(record.amount), 0n);
  }

  private context(id: string, field: string) {
    return `${TABLE}:${id}:${field}`;
  }

  private toTransfer(record: TransferRecord): Transfer {
    return {
      id: record.id,
      origin: record.origin as TransferOrigin,
      ...(record.senderId ? { senderId: record.senderId } : {}),
      senderWallet: record.senderWallet,
      ...(record.recipientId ? { recipientId: record.recipientId } : {}),
      recipientWallet: record.recipientWallet,
      amount: BigInt(record.amount),
      currency: record.currency,
      ...(record.toEnc ? { to: JSON.parse(this.cipher.decryptText(record.toEnc, this.context(record.id, 'to'))) as TransferRecipient } : {}),
      ...(record.noteEnc ? { note: this.cipher.decryptText(record.noteEnc, this.context(record.id, 'note')) } : {}),
      status: record.status as TransferStatus,
      ...(record.reason ? { reason: record.reason } : {}),
      ...(record.reasonCode ? { reasonCode: record.reasonCode as TransferFailureCode } : {}),
      ...(record.authorizationNonce ? { authorizationNonce: record.authorizationNonce as `0x${string}` } : {}),
      ...(record.validBefore ? { validBefore: record.validBefore } : {}),
      ...(record.signature ? { signature: record.signature as `0x${string}` } : {}),
      ...(record.chainKey ? { chainKey: record.chainKey } : {}),
      ...(record.transactionHash ? { transactionHash: record.transactionHash } : {}),
      history: JSON.parse(record.history) as StatusChange[],
      createdAt: record.createdAt,
      updatedAt: record.updatedAt,
    };
  }
}
