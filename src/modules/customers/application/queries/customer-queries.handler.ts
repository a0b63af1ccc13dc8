import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { validate as isValidCreditorReference } from 'node-iso11649';
import type { BankAccount } from '../../domain/bank-account.js';
import type { Customer } from '../../domain/customer.js';
import { normalizeEmail, normalizePhone } from '../../domain/customer.js';
import { countryNumericOf } from '../../domain/kyc.js';
import { BankAccountRepository } from '../../infrastructure/persistence/bank-account.repository.js';
import { CustomerRepository } from '../../infrastructure/persistence/customer.repository.js';
import { KycRepository } from '../../infrastructure/persistence/kyc.repository.js';
import {
  CustomerPage,
  FindCustomerByContactQuery,
  FindCustomerByDepositReferenceQuery,
  GetBankAccountQuery,
  GetCustomerQuery,
  GetKycStateQuery,
  GetVerifiedCountryQuery,
  KycState,
  ListBankAccountsQuery,
  ListCustomersQuery,
  PayoutBankAccount,
} from './customer.queries.js';

@QueryHandler(GetCustomerQuery)
export class GetCustomerHandler implements IQueryHandler<GetCustomerQuery> {
  constructor(private readonly customers: CustomerRepository) {}
  execute({ customerId }: GetCustomerQuery): Promise<Customer | undefined> {
    return this.customers.findById(customerId);
  }
}

@QueryHandler(FindCustomerByDepositReferenceQuery)
export class FindCustomerByDepositReferenceHandler implements IQueryHandler<FindCustomerByDepositReferenceQuery> {
  constructor(private readonly customers: CustomerRepository) {}
  async execute({ reference }: FindCustomerByDepositReferenceQuery): Promise<string | undefined> {
    // Payers type references with spaces and in lower case; the check digits reject typos.
    const normalized = reference.replace(/\s+/g, '').toUpperCase();
    if (!isValidCreditorReference(normalized)) return undefined;
    return this.customers.findIdByDepositReference(normalized);
  }
}

@QueryHandler(FindCustomerByContactQuery)
export class FindCustomerByContactHandler implements IQueryHandler<FindCustomerByContactQuery> {
  constructor(private readonly customers: CustomerRepository) {}
  execute({ contact }: FindCustomerByContactQuery): Promise<string | undefined> {
    return 'email' in contact
      ? this.customers.findIdByEmail(normalizeEmail(contact.email))
      : this.customers.findIdByPhone(normalizePhone(contact.phone));
  }
}

@QueryHandler(GetKycStateQuery)
export class GetKycStateHandler implements IQueryHandler<GetKycStateQuery> {
  constructor(
    private readonly customers: CustomerRepository,
    private readonly applications: KycRepository,
  ) {}
  async execute({ customerId }: GetKycStateQuery): Promise<KycState | undefined> {
    const customer = await this.customers.findById(customerId);
    if (!customer) return undefined;
    const applicationId = await this.customers.kycApplicationIdOf(customerId);
    const application = applicationId ? await this.applications.get(applicationId) : undefined;
    return {
      kycStatus: customer.kycStatus,
      ...(applicationId ? { applicationId } : {}),
      ...(application?.rejectionReason ? { rejectionReason: application.rejectionReason } : {}),
    };
  }
}

@QueryHandler(GetVerifiedCountryQuery)
export class GetVerifiedCountryHandler implements IQueryHandler<GetVerifiedCountryQuery> {
  constructor(
    private readonly customers: CustomerRepository,
    private readonly applications: KycRepository,
  ) {}
  async execute({ customerId }: GetVerifiedCountryQuery): Promise<number | undefined> {
    const applicationId = await this.customers.kycApplicationIdOf(customerId);
    const application = applicationId ? await this.applications.get(applicationId) : undefined;
    if (application?.status !== 'approved') return undefined;
    const data = await this.applications.personalData(application.id);
    return data ? countryNumericOf(data.nationality) : undefined;
  }
}

@QueryHandler(ListBankAccountsQuery)
export class ListBankAccountsHandler implements IQueryHandler<ListBankAccountsQuery> {
  constructor(private readonly accounts: BankAccountRepository) {}
  execute({ customerId }: ListBankAccountsQuery): Promise<BankAccount[]> {
    return this.accounts.list(customerId);
  }
}

@QueryHandler(GetBankAccountQuery)
export class GetBankAccountHandler implements IQueryHandler<GetBankAccountQuery> {
  constructor(private readonly accounts: BankAccountRepository) {}
  execute({ customerId, bankAccountId }: GetBankAccountQuery): Promise<PayoutBankAccount | undefined> {
    return this.accounts.get(customerId, bankAccountId);
  }
}

@QueryHandler(ListCustomersQuery)
export class ListCustomersHandler implements IQueryHandler<ListCustomersQuery> {
  constructor(private readonly customers: CustomerRepository) {}
  execute({ limit, cursor }: ListCustomersQuery): Promise<CustomerPage> {
    return this.customers.list(limit, cursor);
  }
}
