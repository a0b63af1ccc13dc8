import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { type CustomerWallet, GetCustomerWalletQuery } from '../../../customers/index.js';
import { WalletRepository } from '../../infrastructure/persistence/wallet.repository.js';

/** Custody's answer to the wallet part of the customer views customers composes. */
@QueryHandler(GetCustomerWalletQuery)
export class GetCustomerWalletHandler implements IQueryHandler<GetCustomerWalletQuery> {
  constructor(private readonly wallets: WalletRepository) {}

  async execute({ customerId }: GetCustomerWalletQuery): Promise<CustomerWallet | undefined> {
    const wallet = await this.wallets.find(customerId);
    return wallet && { address: wallet.address, status: wallet.status };
  }
}
