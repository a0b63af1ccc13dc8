import { Injectable } from '@nestjs/common';
import dynamoose from 'dynamoose';
import type { ModelType } from 'dynamoose/dist/General.js';
import type { Hex } from 'viem';
import { EnvelopeCipher } from '../../../../shared/crypto/index.js';
import type { DomainEvent } from '../../../../shared/events/index.js';
import { DynamoTables, GroupRead, UnitOfWork, type WriteItem } from '../../../data/index.js';
import type { WalletStatus, WalletView } from '../../domain/wallet.js';
import { ADDRESS_INDEX, WalletRecord, walletSchema } from './wallet.model.js';

@Injectable()
export class WalletRepository {
  private readonly wallets: ModelType<WalletRecord>;
  /** Reads by customer (signatures, eligibility, the profile): concurrent ones share one consistent BatchGetItem. */
  private readonly byCustomer: GroupRead<WalletRecord>;

  constructor(
    tables: DynamoTables,
    private readonly unitOfWork: UnitOfWork,
    private readonly cipher: EnvelopeCipher,
  ) {
    this.wallets = tables.define<WalletRecord>('custody_wallets', walletSchema);
    this.byCustomer = new GroupRead(this.wallets, 'customerId', true);
  }

  /** Stores a new wallet once per customer; a second attempt fails its condition. */
  async create(customerId: string, address: Hex, privateKey: Hex, events: DomainEvent[]): Promise<void> {
    const now = new Date().toISOString();
    await this.unitOfWork.commit(
      [
        this.wallets.transaction.create(
          {
            customerId,
            address,
            encryptedKey: this.encryptKey(customerId, address, privateKey),
            status: 'created',
            createdAt: now,
            updatedAt: now,
          },
          { overwrite: false },
        ),
      ],
      events,
    );
  }

  async transition(customerId: string, from: WalletStatus, to: WalletStatus, changes: { identityAddress?: string; onboardingAttempt?: number }, events: DomainEvent[] = []) {
    await this.unitOfWork.commit(
      [
        this.wallets.transaction.update(
          { customerId },
          { status: to, ...changes, updatedAt: new Date().toISOString() },
          { condition: new dynamoose.Condition('status').eq(from) },
        ),
      ],
      events,
    );
  }

  async find(customerId: string): Promise<WalletView | undefined> {
    const record = await this.byCustomer.get(customerId);
    return record ? toView(record) : undefined;
  }

  async findByAddress(address: string): Promise<WalletView | undefined> {
    const [record] = await this.wallets.query('address').eq(address).using(ADDRESS_INDEX).limit(1).exec();
    return record ? toView(record) : undefined;
  }

  async listByStatus(status: WalletStatus): Promise<WalletView[]> {
    const records = await this.wallets.scan('status').eq(status).all().exec();
    return records.map(toView);
  }

  /**
   * The only place a customer's key is decrypted; callers get a signature, never the key. `check`
   * sees the wallet (or its absence) of the same consistent read the key comes from, and may refuse before decryption.
   */
  async withPrivateKey<T>(customerId: string, use: (privateKey: Hex, address: Hex) => Promise<T>, check?: (wallet: WalletView | undefined) => void): Promise<T> {
    const record = await this.byCustomer.get(customerId);
    check?.(record ? toView(record) : undefined);
    if (!record) throw new Error(`no wallet for customer ${customerId}`);
    return use(this.cipher.decryptText(record.encryptedKey, keyContext(customerId, record.address)) as Hex, record.address as Hex);
  }

  /** A key encrypted for the wallet record of `customerId` at `address` (the context binds it there). */
  encryptKey(customerId: string, address: Hex, privateKey: Hex): string {
    return this.cipher.encrypt(privateKey, keyContext(customerId, address));
  }

  /** Locks a registered wallet for one recovery; fails if it moved on or another recovery holds it. */
  lockForRecoveryWrite(customerId: string, address: Hex, recoveryId: string): WriteItem {
    const condition = new dynamoose.Condition('status').eq('registered').and().where('address').eq(address).and().where('recoveryId').not().exists();
    return this.wallets.transaction.update({ customerId }, { recoveryId, updatedAt: new Date().toISOString() }, { condition });
  }

  /** Switches the wallet to the recovered key and address, and unlocks it. */
  completeRecoveryWrite(customerId: string, recoveryId: string, newAddress: Hex, newEncryptedKey: string): WriteItem {
    return this.wallets.transaction.update(
      { customerId },
      { $SET: { address: newAddress, encryptedKey: newEncryptedKey, updatedAt: new Date().toISOString() }, $REMOVE: ['recoveryId'] },
      { condition: new dynamoose.Condition('recoveryId').eq(recoveryId) },
    );
  }

  unlockRecoveryWrite(customerId: string, recoveryId: string): WriteItem {
    return this.wallets.transaction.update(
      { customerId },
      { $SET: { updatedAt: new Date().toISOString() }, $REMOVE: ['recoveryId'] },
      { condition: new dynamoose.Condition('recoveryId').eq(recoveryId) },
    );
  }
}

function keyContext(customerId: string, address: string) {
  return `custody:${customerId}:${address.toLowerCase()}`;
}

function toView(record: WalletRecord): WalletView {
  return {
    customerId: record.customerId,
    address: record.address as Hex,
    status: record.status as WalletStatus,
    ...(record.identityAddress ? { identityAddress: record.identityAddress as Hex } : {}),
    ...(record.onboardingAttempt ? { onboardingAttempt: record.onboardingAttempt } : {}),
    ...(record.recoveryId ? { recoveryId: record.recoveryId } : {}),
  };
}
