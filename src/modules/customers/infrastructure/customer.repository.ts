import { Injectable } from '@nestjs/common';
import type { ModelType } from 'dynamoose/dist/General.js';
import type { Role } from '../../../shared/auth/index.js';
import { EnvelopeCipher } from '../../../shared/crypto/index.js';
import type { DomainEvent } from '../../../shared/events/index.js';
import { DynamoTables, UnitOfWork, isDataConflict } from '../../data/index.js';
import type { Customer, KycStatus } from '../domain/customer.js';
import { emailTaken, phoneTaken } from '../domain/customer.errors.js';
import { CustomerRecord, UniqueClaimRecord, customerSchema, uniqueClaimSchema } from './customer.model.js';

export interface NewCustomer extends Omit<Customer, 'createdAt'> {
  passwordHash: string;
}

@Injectable()
export class CustomerRepository {
  private readonly customers: ModelType<CustomerRecord>;
  private readonly claims: ModelType<UniqueClaimRecord>;

  constructor(
    tables: DynamoTables,
    private readonly unitOfWork: UnitOfWork,
    private readonly cipher: EnvelopeCipher,
  ) {
    this.customers = tables.define<CustomerRecord>('customers', customerSchema);
    this.claims = tables.define<UniqueClaimRecord>('customer_unique_claims', uniqueClaimSchema);
  }

  /** Creates the customer and claims e-mail, phone and deposit reference in one transaction: two racing sign-ups cannot both win. */
  async create(customer: NewCustomer, events: DomainEvent[]): Promise<void> {
    const now = new Date().toISOString();
    const context = this.context(customer.id);
    const claims = [this.emailClaim(customer.email), this.phoneClaim(customer.phone), this.referenceClaim(customer.depositReference)];
    try {
      await this.unitOfWork.commit(
        [
          this.customers.transaction.create(
            {
              id: customer.id,
              emailEnc: this.cipher.encrypt(customer.email, `${context}:email`),
              fullNameEnc: this.cipher.encrypt(customer.fullName, `${context}:fullName`),
              phoneEnc: this.cipher.encrypt(customer.phone, `${context}:phone`),
              passwordHash: customer.passwordHash,
              roles: customer.roles,
              kycStatus: customer.kycStatus,
              depositReference: customer.depositReference,
              createdAt: now,
              updatedAt: now,
            },
            { overwrite: false },
          ),
          ...claims.map((claim) => this.claims.transaction.create({ claim, customerId: customer.id }, { overwrite: false })),
        ],
        events,
      );
    } catch (error) {
      if (!isDataConflict(error)) throw error;
      // Name the value that was taken; the reference is random and retried by the caller.
      if (await this.claims.get({ claim: claims[0] })) throw emailTaken();
      if (await this.claims.get({ claim: claims[1] })) throw phoneTaken();
      throw error;
    }
  }

  async findById(id: string): Promise<Customer | undefined> {
    const record = await this.customers.get({ id });
    return record ? this.toCustomer(record) : undefined;
  }

  async findCredentialsByEmail(email: string): Promise<{ customer: Customer; passwordHash: string } | undefined> {
    const id = await this.idByClaim(this.emailClaim(email));
    const record = id ? await this.customers.get({ id }) : undefined;
    return record ? { customer: this.toCustomer(record), passwordHash: record.passwordHash } : undefined;
  }

  async findIdByPhone(phone: string): Promise<string | undefined> {
    return this.idByClaim(this.phoneClaim(phone));
  }

  async findIdByEmail(email: string): Promise<string | undefined> {
    return this.idByClaim(this.emailClaim(email));
  }

  async findIdByDepositReference(reference: string): Promise<string | undefined> {
    return this.idByClaim(this.referenceClaim(reference));
  }

  async setKycStatus(id: string, kycStatus: KycStatus, events: DomainEvent[]): Promise<void> {
    await this.unitOfWork.commit([this.customers.transaction.update({ id }, { kycStatus, updatedAt: new Date().toISOString() })], events);
  }

  private async idByClaim(claim: string): Promise<string | undefined> {
    return (await this.claims.get({ claim }))?.customerId;
  }

  private emailClaim(email: string) {
    return `email#${this.cipher.blindIndex(email, 'email')}`;
  }
  private phoneClaim(phone: string) {
    return `phone#${this.cipher.blindIndex(phone, 'phone')}`;
  }
  private referenceClaim(reference: string) {
    return `reference#${reference}`;
  }

  private context(id: string) {
    return `customers:${id}`;
  }

  private toCustomer(record: CustomerRecord): Customer {
    const context = this.context(record.id);
    return {
      id: record.id,
      email: this.cipher.decryptText(record.emailEnc, `${context}:email`),
      fullName: this.cipher.decryptText(record.fullNameEnc, `${context}:fullName`),
      phone: this.cipher.decryptText(record.phoneEnc, `${context}:phone`),
      kycStatus: record.kycStatus as KycStatus,
      depositReference: record.depositReference,
      roles: record.roles as Role[],
      createdAt: record.createdAt,
    };
  }
}
