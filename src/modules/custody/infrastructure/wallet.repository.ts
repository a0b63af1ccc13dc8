import { Injectable } from '@nestjs/common';
import dynamoose from 'dynamoose';
import type { ModelType } from 'dynamoose/dist/General.js';
import type { Hex } from 'viem';
import { EnvelopeCipher } from '../../../shared/crypto/index.js';
import type { DomainEvent } from '../../../shared/events/index.js';
import { DynamoTables, UnitOfWork } from '../../data/index.js';
import type { WalletStatus, WalletView } from '../domain/wallet.js';
import { ADDRESS_INDEX, WalletRecord, walletSchema } from './wallet.model.js';

@Injectable()
export class WalletRepository {
  private readonly wallets: ModelType<WalletRecord>;

  constructor(
    tables: DynamoTables,
    private readonly unitOfWork: UnitOfWork,
    private readonly cipher: EnvelopeCipher,
  ) {
    this.wallets = tables.define<WalletRecord>('custody_wallets', walletSchema);
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
            encryptedKey: this.cipher.encrypt(privateKey, keyContext(customerId, address)),
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

  async transition(customerId: string, from: WalletStatus, to: WalletStatus, changes: { identityAddress?: string }, events: DomainEvent[] = []) {
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
    const record = await this.wallets.get({ customerId });
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

  /** The only place a customer's key is decrypted; callers get a signature, never the key. */
  async withPrivateKey<T>(customerId: string, use: (privateKey: Hex) => Promise<T>): Promise<T> {
    const record = await this.wallets.get({ customerId });
    if (!record) throw new Error(`no wallet for customer ${customerId}`);
    return use(this.cipher.decryptText(record.encryptedKey, keyContext(customerId, record.address)) as Hex);
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
  };
}
