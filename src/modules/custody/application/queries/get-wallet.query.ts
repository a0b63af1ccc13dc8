import { Query } from '@nestjs/cqrs';
import type { WalletView } from '../../domain/wallet.js';

export class GetWalletQuery extends Query<WalletView | undefined> {
  constructor(readonly customerId: string) {
    super();
  }
}

export class FindWalletByAddressQuery extends Query<WalletView | undefined> {
  constructor(readonly address: string) {
    super();
  }
}
