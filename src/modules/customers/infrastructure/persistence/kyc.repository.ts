import { Injectable } from '@nestjs/common';
import dynamoose from 'dynamoose';
import { EnvelopeCipher } from '../../../../shared/crypto/index.js';
import type { DomainEvent } from '../../../../shared/events/index.js';
import { UnitOfWork, isDataConflict } from '../../../data/index.js';
import type { KycApplication, KycApplicationStatus, KycDecision, KycPersonalData } from '../../domain/kyc.js';
import { CustomerRepository } from './customer.repository.js';
import { CustomerTables } from './customer-tables.js';
import { AWAITING_PROVIDER_INDEX, type KycApplicationRecord } from './kyc.model.js';

const RECEIPT_RETENTION_SECONDS = 30 * 24 * 3600;

export type DecisionOutcome = 'recorded' | 'already-decided' | 'replayed';

@Injectable()
export class KycRepository {
  constructor(
    private readonly tables: CustomerTables,
    private readonly customers: CustomerRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly cipher: EnvelopeCipher,
  ) {}

  /**
   * Opens an application and moves the customer to `pending` in one transaction, only from `none`
   * or `rejected`: two submissions at once cannot both open one.
   */
  async open(application: { id: string; customerId: string }, personalData: KycPersonalData, events: DomainEvent[]): Promise<boolean> {
    const now = new Date().toISOString();
    try {
      await this.unitOfWork.commit(
        [
          this.customers.kycStatusWrite(application.customerId, ['none', 'rejected'], 'pending', application.id),
          this.tables.kycApplications.transaction.create(
            {
              id: application.id,
              customerId: application.customerId,
              status: 'pending',
              awaitingProvider: '1',
              personalDataEnc: this.cipher.encrypt(JSON.stringify(personalData), personalDataContext(application.id)),
              createdAt: now,
              updatedAt: now,
            },
            { overwrite: false },
          ),
        ],
        events,
      );
      return true;
    } catch (error) {
      if (isDataConflict(error)) return false;
      throw error;
    }
  }

  async get(id: string): Promise<KycApplication | undefined> {
    const record = await this.tables.kycApplications.get({ id }, { consistent: true });
    return record ? toApplication(record) : undefined;
  }

  /**
   * The application and its personal data in one read. The only place the submitted personal
   * data is decrypted (when `personalData` is called): to send it to the provider, or read the nationality.
   */
  async getWithPersonalData(id: string): Promise<{ application: KycApplication; personalData: () => KycPersonalData } | undefined> {
    const record = await this.tables.kycApplications.get({ id }, { consistent: true });
    if (!record) return undefined;
    return { application: toApplication(record), personalData: () => JSON.parse(this.cipher.decryptText(record.personalDataEnc, personalDataContext(id))) as KycPersonalData };
  }

  async acknowledge(id: string, providerReference: string): Promise<void> {
    await this.tables.kycApplications.update(
      { id },
      { $SET: { providerReference, updatedAt: new Date().toISOString() }, $REMOVE: ['awaitingProvider'] },
      { condition: new dynamoose.Condition().attribute('id').exists() },
    );
  }

  /** Pending applications the provider has not acknowledged yet (the process stopped between persisting and sending). */
  async listUnacknowledged(olderThanMs: number): Promise<KycApplication[]> {
    const cutoff = new Date(Date.now() - olderThanMs).toISOString();
    const records = await this.tables.kycApplications.query('awaitingProvider').eq('1').where('updatedAt').le(cutoff).using(AWAITING_PROVIDER_INDEX).all().exec();
    return records.filter((record) => record.status === 'pending').map(toApplication);
  }

  /**
   * Records one webhook delivery and, the first time, the decision: application and customer move
   * from `pending` together, with the event. A delivery id seen before is a replay; a new delivery
   * of a decision already recorded changes nothing.
   */
  async decide(application: KycApplication, decision: KycDecision, deliveryId: string, events: DomainEvent[]): Promise<DecisionOutcome> {
    const now = new Date();
    const receipt = this.tables.kycReceipts.transaction.create(
      { deliveryId, receivedAt: now.toISOString(), expiresAt: Math.floor(now.getTime() / 1000) + RECEIPT_RETENTION_SECONDS },
      { overwrite: false },
    );
    const status: KycApplicationStatus = decision.outcome;
    try {
      await this.unitOfWork.commit(
        [
          receipt,
          this.tables.kycApplications.transaction.update(
            { id: application.id },
            {
              $SET: {
                status,
                ...(decision.outcome === 'rejected' ? { rejectionReason: decision.reason } : {}),
                decidedAt: now.toISOString(),
                updatedAt: now.toISOString(),
              },
              $REMOVE: ['awaitingProvider'],
            },
            { condition: new dynamoose.Condition('status').eq('pending') },
          ),
          this.customers.kycStatusWrite(application.customerId, ['pending'], status, application.id),
        ],
        events,
      );
      return 'recorded';
    } catch (error) {
      if (!isDataConflict(error)) throw error;
    }
    if (await this.tables.kycReceipts.get({ deliveryId }, { consistent: true })) return 'replayed';
    try {
      await this.unitOfWork.commit([receipt]);
      return 'already-decided';
    } catch (error) {
      if (isDataConflict(error)) return 'replayed';
      throw error;
    }
  }
}

function personalDataContext(id: string) {
  return `customers_kyc_applications:${id}:personalData`;
}

function toApplication(record: KycApplicationRecord): KycApplication {
  return {
    id: record.id,
    customerId: record.customerId,
    status: record.status as KycApplicationStatus,
    ...(record.providerReference ? { providerReference: record.providerReference } : {}),
    ...(record.rejectionReason ? { rejectionReason: record.rejectionReason } : {}),
    createdAt: record.createdAt,
    ...(record.decidedAt ? { decidedAt: record.decidedAt } : {}),
  };
}
