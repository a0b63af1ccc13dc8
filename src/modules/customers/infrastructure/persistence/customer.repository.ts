import { Injectable } from '@nestjs/common';
import dynamoose from 'dynamoose';
import type { Role } from '../../../../shared/auth/index.js';
import { EnvelopeCipher } from '../../../../shared/crypto/index.js';
import type { DomainEvent } from '../../../../shared/events/index.js';
import { GroupRead, UnitOfWork, type WriteItem, isConditionFailure, isDataConflict } from '../../../data/index.js';
import type { Customer, KycStatus } from '../../domain/customer.js';
import { emailTaken, phoneTaken } from '../../domain/customer.errors.js';
import type { CustomerRecord } from './customer.model.js';
import { CustomerTables } from './customer-tables.js';

export interface NewCustomer extends Omit<Customer, 'createdAt'> {
  passwordHash: string;
}

export interface CustomerPage {
  items: Customer[];
  nextCursor?: string;
}

@Injectable()
export class CustomerRepository {
  /** Reads by id (the profile, KYC, sign-in checks): concurrent ones share one consistent BatchGetItem. */
  private readonly byId: GroupRead<CustomerRecord>;

  constructor(
    private readonly tables: CustomerTables,
    private readonly unitOfWork: UnitOfWork,
    private readonly cipher: EnvelopeCipher,
  ) {
    this.byId = new GroupRead(tables.customers, 'id', true);
  }

  /** Creates the customer and claims e-mail, phone and deposit reference in one transaction: two racing sign-ups cannot both win. */
  async create(customer: NewCustomer, events: DomainEvent[]): Promise<void> {
    const { customers, claims: claimTable } = this.tables;
    const now = new Date().toISOString();
    const context = this.context(customer.id);
    const claims = [this.emailClaim(customer.email), this.phoneClaim(customer.phone), this.referenceClaim(customer.depositReference)];
    try {
      await this.unitOfWork.commit(
        [
          customers.transaction.create(
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
          ...claims.map((claim) => claimTable.transaction.create({ claim, customerId: customer.id }, { overwrite: false })),
        ],
        events,
      );
    } catch (error) {
      if (!isDataConflict(error)) throw error;
      // Name the value that was taken; the reference is random and retried by the caller.
      if (await claimTable.get({ claim: claims[0] }, { consistent: true })) throw emailTaken();
      if (await claimTable.get({ claim: claims[1] }, { consistent: true })) throw phoneTaken();
      throw error;
    }
  }

  async findById(id: string): Promise<Customer | undefined> {
    const record = await this.byId.get(id);
    return record ? this.toCustomer(record) : undefined;
  }

  async findCredentialsByEmail(email: string): Promise<{ customer: Customer; passwordHash: string } | undefined> {
    const id = await this.idByClaim(this.emailClaim(email));
    const record = id ? await this.tables.customers.get({ id }) : undefined;
    return record ? { customer: this.toCustomer(record), passwordHash: record.passwordHash } : undefined;
  }

  async passwordHashOf(id: string): Promise<string | undefined> {
    return (await this.tables.customers.get({ id }, { consistent: true }))?.passwordHash;
  }

  /** Replaces the hash only if it is still the one the caller verified the current password against. */
  async changePasswordHash(id: string, verifiedHash: string, newHash: string): Promise<boolean> {
    try {
      await this.tables.customers.update(
        { id },
        { passwordHash: newHash, updatedAt: new Date().toISOString() },
        { condition: new dynamoose.Condition('passwordHash').eq(verifiedHash) },
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
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

  /** The customer's KYC status moves `from` one of the given states, for the given application; part of a larger transaction. */
  kycStatusWrite(id: string, from: KycStatus[], to: KycStatus, applicationId: string): WriteItem {
    const condition = new dynamoose.Condition('kycStatus').in(from);
    if (to !== 'pending') condition.and().where('kycApplicationId').eq(applicationId);
    return this.tables.customers.transaction.update(
      { id },
      { kycStatus: to, kycApplicationId: applicationId, updatedAt: new Date().toISOString() },
      { condition },
    );
  }

  /** A page of customers (accounts holding the customer role: not operator-only accounts) in table order, for operators; the cursor is opaque. */
  async list(limit: number, cursor?: string): Promise<CustomerPage> {
    const items: Customer[] = [];
    let startKey: object | undefined = decodeCursor(cursor);
    // Operator-only accounts are skipped: scan on until the page is full or the table ends.
    for (let round = 0; round < 20 && items.length < limit; round++) {
      let scan = this.tables.customers.scan().limit(limit - items.length);
      if (startKey) scan = scan.startAt(startKey as never);
      const page = await scan.exec();
      items.push(...page.filter((record) => (record.roles ?? []).includes('customer')).map((record) => this.toCustomer(record)));
      startKey = page.lastKey;
      if (!startKey) break;
    }
    return { items, nextCursor: startKey ? encodeCursor(startKey) : undefined };
  }

  async kycApplicationIdOf(id: string): Promise<string | undefined> {
    return (await this.tables.customers.get({ id }, { consistent: true }))?.kycApplicationId;
  }

  private async idByClaim(claim: string): Promise<string | undefined> {
    return (await this.tables.claims.get({ claim }))?.customerId;
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

function encodeCursor(key: object): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** A cursor is only ever a customer key `{id}`; anything else starts from the beginning. */
function decodeCursor(cursor: string | undefined): { id: string } | undefined {
  if (!cursor) return undefined;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { id?: unknown };
    return typeof key.id === 'string' && Object.keys(key).length === 1 ? { id: key.id } : undefined;
  } catch {
    return undefined;
  }
}
