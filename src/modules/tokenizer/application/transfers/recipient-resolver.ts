import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { FindWalletByAddressQuery, GetWalletQuery, type WalletView } from '../../../custody/index.js';
import { FindCustomerByContactQuery } from '../../../customers/index.js';
import type { TransferRecipient } from '../../domain/transfer.js';
import { recipientNotFound, transferRefused } from '../../domain/transfer.errors.js';

export interface ResolvedRecipient {
  customerId: string;
  wallet: WalletView;
}

/** Finds the customer behind an e-mail, a phone number or a wallet address, with a wallet that may receive. */
@Injectable()
export class RecipientResolver {
  constructor(private readonly queries: QueryBus) {}

  async resolve(to: TransferRecipient): Promise<ResolvedRecipient> {
    let wallet: WalletView | undefined;
    let customerId: string | undefined;
    if ('address' in to) {
      wallet = await this.queries.execute(new FindWalletByAddressQuery(to.address));
      customerId = wallet?.customerId;
    } else {
      customerId = await this.queries.execute(new FindCustomerByContactQuery(to));
      if (customerId) wallet = await this.queries.execute(new GetWalletQuery(customerId));
    }
    if (!customerId) throw recipientNotFound();
    // No wallet yet (KYC not passed) or its identity not yet on chain: cannot receive.
    if (!wallet || wallet.status !== 'registered') throw transferRefused('RECIPIENT_NOT_VERIFIED');
    return { customerId, wallet };
  }
}
