import { Query } from '@nestjs/cqrs';

/** What customers shows of a customer's custodial wallet; custody keeps the wallets and answers. */
export interface CustomerWallet {
  address: `0x${string}`;
  status: 'created' | 'identity_pending' | 'registered' | 'identity_failed' | 'kyc_revoked';
}

/**
 * Asked by customers (`/v1/me`, the operators' list), answered by custody's handler: custody already
 * depends on customers (KYC approval provisions the wallet), so the contract lives here and the
 * dependency between the two modules points one way only.
 */
export class GetCustomerWalletQuery extends Query<CustomerWallet | undefined> {
  constructor(readonly customerId: string) {
    super();
  }
}
