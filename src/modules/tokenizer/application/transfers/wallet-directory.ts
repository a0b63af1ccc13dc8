import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { FindWalletByAddressQuery, GetWalletQuery, type WalletView } from '../../../custody/index.js';
import { FindCustomerByContactQuery } from '../../../customers/index.js';

/** Looked-up registrations are kept this long; whether a wallet may send or receive right now is read on chain each time. */
const TTL_MS = 30_000;
const MAX_ENTRIES = 10_000;

/**
 * Who is behind an e-mail, a phone number, an address or a customer id, remembered for a short
 * while: a registered wallet's address and owner do not change, and paying the same people again
 * is the common case. Only registered wallets are remembered.
 */
@Injectable()
export class WalletDirectory {
  private readonly entries = new Map<string, { value: unknown; until: number }>();

  constructor(private readonly queries: QueryBus) {}

  walletOf(customerId: string): Promise<WalletView | undefined> {
    return this.remembered(`customer:${customerId}`, () => this.queries.execute(new GetWalletQuery(customerId)), isRegistered);
  }

  walletAt(address: string): Promise<WalletView | undefined> {
    return this.remembered(`address:${address.toLowerCase()}`, () => this.queries.execute(new FindWalletByAddressQuery(address)), isRegistered);
  }

  customerByContact(contact: { email: string } | { phone: string }): Promise<string | undefined> {
    const key = 'email' in contact ? `email:${contact.email.trim().toLowerCase()}` : `phone:${contact.phone.replace(/[^0-9]/g, '')}`;
    return this.remembered(key, () => this.queries.execute(new FindCustomerByContactQuery(contact)), (id) => id !== undefined);
  }

  /** A wallet recovery moves a customer to a new address: nothing remembered may outlive it. */
  forgetAll(): void {
    this.entries.clear();
  }

  private async remembered<T>(key: string, load: () => Promise<T>, keep: (value: T) => boolean): Promise<T> {
    const entry = this.entries.get(key);
    if (entry && entry.until > Date.now()) return entry.value as T;
    const value = await load();
    if (keep(value)) {
      if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
      this.entries.set(key, { value, until: Date.now() + TTL_MS });
    }
    return value;
  }
}

const isRegistered = (wallet: WalletView | undefined) => wallet?.status === 'registered' && !wallet.recoveryId;
