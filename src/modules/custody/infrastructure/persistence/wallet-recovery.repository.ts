import { Injectable } from '@nestjs/common';
import dynamoose from 'dynamoose';
import type { ModelType } from 'dynamoose/dist/General.js';
import type { Hex } from 'viem';
import type { DomainEvent } from '../../../../shared/events/index.js';
import { DynamoTables, UnitOfWork } from '../../../data/index.js';
import type { WalletRecoveryStatus, WalletRecoveryView } from '../../domain/wallet-recovery.js';
import { OPEN_RECOVERY_INDEX, WalletRecoveryRecord, walletRecoverySchema } from './wallet.model.js';
import { WalletRepository } from './wallet.repository.js';

export interface NewWalletRecovery {
  id: string;
  customerId: string;
  lostAddress: Hex;
  newAddress: Hex;
  newPrivateKey: Hex;
  identityAddress: Hex;
  requestedBy: string;
}

@Injectable()
export class WalletRecoveryRepository {
  private readonly recoveries: ModelType<WalletRecoveryRecord>;

  constructor(
    tables: DynamoTables,
    private readonly wallets: WalletRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {
    this.recoveries = tables.define<WalletRecoveryRecord>('custody_wallet_recoveries', walletRecoverySchema);
  }

  /** Stores the recovery with its new key (encrypted) and locks the wallet, in one transaction. */
  async open(recovery: NewWalletRecovery, events: DomainEvent[]): Promise<void> {
    const now = new Date().toISOString();
    await this.unitOfWork.commit(
      [
        this.wallets.lockForRecoveryWrite(recovery.customerId, recovery.lostAddress, recovery.id),
        this.recoveries.transaction.create(
          {
            id: recovery.id,
            customerId: recovery.customerId,
            status: 'requested',
            lostAddress: recovery.lostAddress,
            newAddress: recovery.newAddress,
            newEncryptedKey: this.wallets.encryptKey(recovery.customerId, recovery.newAddress, recovery.newPrivateKey),
            identityAddress: recovery.identityAddress,
            requestedBy: recovery.requestedBy,
            open: '1',
            createdAt: now,
            updatedAt: now,
          },
          { overwrite: false },
        ),
      ],
      events,
    );
  }

  async get(id: string): Promise<(WalletRecoveryView & { identityAddress: Hex }) | undefined> {
    const record = await this.recoveries.get({ id }, { consistent: true });
    return record ? { ...toView(record), identityAddress: record.identityAddress as Hex } : undefined;
  }

  async markSubmitted(id: string): Promise<void> {
    await this.unitOfWork.commit([this.statusWrite(id, 'requested', { status: 'submitted' })]);
  }

  /** The chain moved balance and identity: the customer's wallet becomes the new one. */
  async complete(id: string, events: DomainEvent[]): Promise<void> {
    const record = await this.recoveries.get({ id }, { consistent: true });
    if (!record) return;
    await this.unitOfWork.commit(
      [
        // The new key now lives in the wallet record only.
        this.statusWrite(id, 'submitted', { status: 'completed' }, ['open', 'newEncryptedKey']),
        this.wallets.completeRecoveryWrite(record.customerId, id, record.newAddress as Hex, record.newEncryptedKey),
      ],
      events,
    );
  }

  /** The customer keeps the old wallet; the generated key is dropped. */
  async fail(id: string, from: WalletRecoveryStatus, error: string, events: DomainEvent[]): Promise<void> {
    const record = await this.recoveries.get({ id }, { consistent: true });
    if (!record) return;
    await this.unitOfWork.commit(
      [
        this.recoveries.transaction.update(
          { id },
          { $SET: { status: 'failed', error, updatedAt: new Date().toISOString() }, $REMOVE: ['open', 'newEncryptedKey'] },
          { condition: new dynamoose.Condition('status').eq(from) },
        ),
        this.wallets.unlockRecoveryWrite(record.customerId, id),
      ],
      events,
    );
  }

  async listOpen(): Promise<WalletRecoveryView[]> {
    const records = await this.recoveries.query('open').eq('1').using(OPEN_RECOVERY_INDEX).all().exec();
    return records.map(toView);
  }

  private statusWrite(id: string, from: WalletRecoveryStatus, changes: { status: WalletRecoveryStatus }, remove: string[] = []) {
    return this.recoveries.transaction.update(
      { id },
      { $SET: { ...changes, updatedAt: new Date().toISOString() }, ...(remove.length ? { $REMOVE: remove } : {}) },
      { condition: new dynamoose.Condition('status').eq(from) },
    );
  }
}

function toView(record: WalletRecoveryRecord): WalletRecoveryView {
  return {
    id: record.id,
    customerId: record.customerId,
    status: record.status as WalletRecoveryStatus,
    lostAddress: record.lostAddress as Hex,
    newAddress: record.newAddress as Hex,
    requestedBy: record.requestedBy,
    ...(record.error ? { error: record.error } : {}),
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}
