import { Injectable } from '@nestjs/common';
import type { ModelType } from 'dynamoose/dist/General.js';
import { DynamoTables } from '../../../data/index.js';
import { BankAccountRecord, bankAccountSchema } from './bank-account.model.js';
import { CustomerRecord, UniqueClaimRecord, customerSchema, uniqueClaimSchema } from './customer.model.js';
import { KycApplicationRecord, KycWebhookReceiptRecord, kycApplicationSchema, kycWebhookReceiptSchema } from './kyc.model.js';

/** The customers module's tables, defined once and shared by its repositories (their writes often commit together). */
@Injectable()
export class CustomerTables {
  readonly customers: ModelType<CustomerRecord>;
  readonly claims: ModelType<UniqueClaimRecord>;
  readonly kycApplications: ModelType<KycApplicationRecord>;
  readonly kycReceipts: ModelType<KycWebhookReceiptRecord>;
  readonly bankAccounts: ModelType<BankAccountRecord>;

  constructor(tables: DynamoTables) {
    this.customers = tables.define<CustomerRecord>('customers', customerSchema);
    this.claims = tables.define<UniqueClaimRecord>('customer_unique_claims', uniqueClaimSchema);
    this.kycApplications = tables.define<KycApplicationRecord>('customers_kyc_applications', kycApplicationSchema);
    this.kycReceipts = tables.define<KycWebhookReceiptRecord>('customers_kyc_webhook_receipts', kycWebhookReceiptSchema);
    this.bankAccounts = tables.define<BankAccountRecord>('customers_bank_accounts', bankAccountSchema);
  }
}
