import { Injectable } from '@nestjs/common';
import dynamoose from 'dynamoose';
import type { Item } from 'dynamoose/dist/Item.js';
import type { ModelType } from 'dynamoose/dist/General.js';
import type { Address, Hex } from 'viem';
import { DynamoTables, isConditionFailure, stringAttributes } from '../../../data/index.js';
import type { KycRevocationStatus, KycRevocationView } from '../../domain/kyc-revocation.js';

interface KycRevocationRecord extends Item {
  customerId: string;
  walletAddress: string;
  status: string;
  /** JSON list of the other verified wallets, fixed when the revocation is mined (the refresh batches are cut from it). */
  refreshWallets?: string;
  reason?: string;
  requestedBy: string;
  error?: string;
  /** Present ('1') until completed or failed: a sparse index lists what to resume after a crash. */
  open?: string;
  createdAt: string;
  updatedAt: string;
}

const OPEN_INDEX = 'open-index';

const schema = new dynamoose.Schema(
  {
    customerId: { type: String, hashKey: true },
    open: { type: String, index: { name: OPEN_INDEX, type: 'global' } },
    ...stringAttributes('walletAddress', 'status', 'refreshWallets', 'reason', 'requestedBy', 'error', 'createdAt', 'updatedAt'),
  },
  { saveUnknown: false },
);

/** One KYC revocation per customer (a customer's claim is revoked once). */
@Injectable()
export class KycRevocationRepository {
  private readonly revocations: ModelType<KycRevocationRecord>;

  constructor(tables: DynamoTables) {
    this.revocations = tables.define<KycRevocationRecord>('custody_kyc_revocations', schema);
  }

  /** false: this customer's KYC revocation was recorded before. */
  async open(revocation: { customerId: string; walletAddress: Hex; reason?: string; requestedBy: string }): Promise<boolean> {
    const now = new Date().toISOString();
    try {
      await this.revocations.create({ ...revocation, status: 'requested', open: '1', createdAt: now, updatedAt: now }, { overwrite: false });
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  async get(customerId: string): Promise<(KycRevocationView & { refreshWallets?: Address[] }) | undefined> {
    const record = await this.revocations.get({ customerId }, { consistent: true });
    if (!record) return undefined;
    const refreshWallets = record.refreshWallets ? (JSON.parse(record.refreshWallets) as Address[]) : undefined;
    return {
      customerId: record.customerId,
      walletAddress: record.walletAddress as Hex,
      status: record.status as KycRevocationStatus,
      ...(refreshWallets ? { refreshWallets, refreshedWallets: refreshWallets.length } : {}),
      ...(record.reason ? { reason: record.reason } : {}),
      requestedBy: record.requestedBy,
      ...(record.error ? { error: record.error } : {}),
      createdAt: record.createdAt,
      updatedAt: record.updatedAt,
    };
  }

  /** The revocation is mined: the wallets to re-verify are fixed here, before any refresh is sent. */
  async startRefresh(customerId: string, wallets: Address[]): Promise<void> {
    await this.move(customerId, 'requested', { status: 'refreshing', refreshWallets: JSON.stringify(wallets) });
  }

  async complete(customerId: string): Promise<void> {
    await this.move(customerId, 'refreshing', { status: 'completed' }, ['open']);
  }

  async fail(customerId: string, from: KycRevocationStatus, error: string): Promise<void> {
    await this.move(customerId, from, { status: 'failed', error }, ['open']);
  }

  async listOpen(): Promise<string[]> {
    const records = await this.revocations.query('open').eq('1').using(OPEN_INDEX).all().exec();
    return records.map((record) => record.customerId);
  }

  /** Conditional on the state read: a concurrent delivery that moved it first wins (no error). */
  private async move(customerId: string, from: KycRevocationStatus, changes: Record<string, string>, remove: string[] = []): Promise<void> {
    try {
      await this.revocations.update(
        { customerId },
        { $SET: { ...changes, updatedAt: new Date().toISOString() }, ...(remove.length ? { $REMOVE: remove } : {}) },
        { condition: new dynamoose.Condition('status').eq(from) },
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }
}
