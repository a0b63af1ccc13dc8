import { Query } from '@nestjs/cqrs';
import type { BankAccount } from '../../domain/bank-account.js';
import type { Customer, KycStatus } from '../../domain/customer.js';
import type { CustomerPage } from '../../infrastructure/persistence/customer.repository.js';

export type { CustomerPage };

export class GetCustomerQuery extends Query<Customer | undefined> {
  constructor(readonly customerId: string) {
    super();
  }
}

/** Matches an incoming credit's remittance reference to the customer it belongs to. */
export class FindCustomerByDepositReferenceQuery extends Query<string | undefined> {
  constructor(readonly reference: string) {
    super();
  }
}

export class FindCustomerByContactQuery extends Query<string | undefined> {
  constructor(readonly contact: { email: string } | { phone: string }) {
    super();
  }
}

export interface KycState {
  kycStatus: KycStatus;
  applicationId?: string;
  rejectionReason?: string;
}

export class GetKycStateQuery extends Query<KycState | undefined> {
  constructor(readonly customerId: string) {
    super();
  }
}

/**
 * The ISO 3166-1 numeric code of an approved customer's nationality, as the identity registry
 * records it; undefined until the KYC is approved.
 */
export class GetVerifiedCountryQuery extends Query<number | undefined> {
  constructor(readonly customerId: string) {
    super();
  }
}

export class ListBankAccountsQuery extends Query<BankAccount[]> {
  constructor(readonly customerId: string) {
    super();
  }
}

/** A linked account with its IBAN in clear, for a payout; only the customer's own accounts are found. */
export interface PayoutBankAccount extends BankAccount {
  iban: string;
}

export class GetBankAccountQuery extends Query<PayoutBankAccount | undefined> {
  constructor(
    readonly customerId: string,
    readonly bankAccountId: string,
  ) {
    super();
  }
}

export class ListCustomersQuery extends Query<CustomerPage> {
  constructor(
    readonly limit: number,
    readonly cursor?: string,
  ) {
    super();
  }
}
