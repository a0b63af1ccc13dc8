import { Injectable } from '@nestjs/common';
import type { WalletView } from '../../../custody/index.js';
import type { TransferRecipient } from '../../domain/transfer.js';
import { recipientNotFound, transferRefused } from '../../domain/errors/transfer.errors.js';
import { WalletDirectory } from './wallet-directory.js';

export interface ResolvedRecipient {
  customerId: string;
  wallet: WalletView;
}

/** Finds the customer behind an e-mail, a phone number or a wallet address, with a wallet that may receive. */
@Injectable()
export class RecipientResolver {
  constructor(private readonly directory: WalletDirectory) {}

  async resolve(to: TransferRecipient): Promise<ResolvedRecipient> {
    let wallet: WalletView | undefined;
    let customerId: string | undefined;
    if ('address' in to) {
      wallet = await this.directory.walletAt(to.address);
      customerId = wallet?.customerId;
    } else {
      customerId = await this.directory.customerByContact(to);
      if (customerId) wallet = await this.directory.walletOf(customerId);
    }
    if (!customerId) throw recipientNotFound();
    // No wallet yet (KYC not passed) or its identity not yet on chain: cannot receive.
    if (!wallet || wallet.status !== 'registered') throw transferRefused('RECIPIENT_NOT_VERIFIED');
    return { customerId, wallet };
  }
}
