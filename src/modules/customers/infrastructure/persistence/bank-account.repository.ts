import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import dynamoose from 'dynamoose';
import { EnvelopeCipher } from '../../../../shared/crypto/index.js';
import type { DomainEvent } from '../../../../shared/events/index.js';
import { UnitOfWork, isDataConflict } from '../../../data/index.js';
import { type BankAccount, maskIban } from '../../domain/bank-account.js';
import { bankAccountAlreadyLinked, bankAccountNotFound } from '../../domain/customer.errors.js';
import type { BankAccountRecord } from './bank-account.model.js';
import { CustomerTables } from './customer-tables.js';

export interface BankAccountWithIban extends BankAccount {
  iban: string;
}

@Injectable()
export class BankAccountRepository {
  constructor(
    private readonly tables: CustomerTables,
    private readonly unitOfWork: UnitOfWork,
    private readonly cipher: EnvelopeCipher,
  ) {}

  /** Links an IBAN once per customer: a claim on its blind index commits with the account. */
  async link(customerId: string, iban: string, holderName: string, events: (id: string) => DomainEvent[]): Promise<BankAccount> {
    const id = randomUUID();
    const createdAt = new Date().toISOString();
    const context = fieldContext(customerId, id);
    try {
      await this.unitOfWork.commit(
        [
          this.tables.bankAccounts.transaction.create(
            {
              customerId,
              id,
              ibanEnc: this.cipher.encrypt(iban, `${context}:iban`),
              holderNameEnc: this.cipher.encrypt(holderName, `${context}:holderName`),
              maskedIban: maskIban(iban),
              createdAt,
            },
            { overwrite: false },
          ),
          this.tables.claims.transaction.create({ claim: this.ibanClaim(customerId, iban), customerId }, { overwrite: false }),
        ],
        events(id),
      );
    } catch (error) {
      if (isDataConflict(error)) throw bankAccountAlreadyLinked();
      throw error;
    }
    return { id, customerId, maskedIban: maskIban(iban), holderName, createdAt };
  }

  async list(customerId: string): Promise<BankAccount[]> {
    const records = await this.tables.bankAccounts.query('customerId').eq(customerId).all().exec();
    return records.map((record) => this.toAccount(record)).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  async get(customerId: string, id: string): Promise<BankAccountWithIban | undefined> {
    const record = await this.tables.bankAccounts.get({ customerId, id }, { consistent: true });
    if (!record) return undefined;
    return { ...this.toAccount(record), iban: this.cipher.decryptText(record.ibanEnc, `${fieldContext(customerId, id)}:iban`) };
  }

  async remove(customerId: string, id: string, events: DomainEvent[]): Promise<void> {
    const account = await this.get(customerId, id);
    if (!account) throw bankAccountNotFound();
    try {
      await this.unitOfWork.commit(
        [
          this.tables.bankAccounts.transaction.delete({ customerId, id }, { condition: new dynamoose.Condition().attribute('id').exists() }),
          this.tables.claims.transaction.delete({ claim: this.ibanClaim(customerId, account.iban) }),
        ],
        events,
      );
    } catch (error) {
      if (isDataConflict(error)) throw bankAccountNotFound(); // removed by a concurrent request
      throw error;
    }
  }

  private ibanClaim(customerId: string, iban: string) {
    return `iban#${customerId}#${this.cipher.blindIndex(iban, 'iban')}`;
  }

  private toAccount(record: BankAccountRecord): BankAccount {
    return {
      id: record.id,
      customerId: record.customerId,
      maskedIban: record.maskedIban,
      holderName: this.cipher.decryptText(record.holderNameEnc, `${fieldContext(record.customerId, record.id)}:holderName`),
      createdAt: record.createdAt,
    };
  }
}

function fieldContext(customerId: string, id: string) {
  return `customers_bank_accounts:${customerId}:${id}`;
}
