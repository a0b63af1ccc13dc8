import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { getAddress, isAddress } from 'viem';
import type { WalletView } from '../../domain/wallet.js';
import { WalletRepository } from '../../infrastructure/persistence/wallet.repository.js';
import { FindWalletByAddressQuery, GetWalletQuery } from './get-wallet.query.js';

@QueryHandler(GetWalletQuery)
export class GetWalletHandler implements IQueryHandler<GetWalletQuery> {
  constructor(private readonly wallets: WalletRepository) {}
  execute({ customerId }: GetWalletQuery): Promise<WalletView | undefined> {
    return this.wallets.find(customerId);
  }
}

@QueryHandler(FindWalletByAddressQuery)
export class FindWalletByAddressHandler implements IQueryHandler<FindWalletByAddressQuery> {
  constructor(private readonly wallets: WalletRepository) {}
  async execute({ address }: FindWalletByAddressQuery): Promise<WalletView | undefined> {
    if (!isAddress(address)) return undefined;
    return this.wallets.findByAddress(getAddress(address));
  }
}
