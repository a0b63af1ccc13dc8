import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { bankConfig } from '../../bank.config.js';
import type { BankPayout, BankPort, OmnibusAccount, PayoutInstruction, StatementPage, StatementQuery } from '../../ports/bank.port.js';
import { BookedCredit, SandboxBankLedger } from './sandbox-bank.ledger.js';

@Injectable()
export class SandboxBankAdapter implements BankPort {
  constructor(
    private readonly ledger: SandboxBankLedger,
    @Inject(bankConfig.KEY) private readonly config: ConfigType<typeof bankConfig>,
  ) {}

  async getOmnibusAccount(): Promise<OmnibusAccount> {
    return {
      iban: this.config.OMNIBUS_IBAN,
      bic: this.config.OMNIBUS_BIC,
      accountName: this.config.OMNIBUS_ACCOUNT_NAME,
      currency: 'EUR',
      balance: await this.ledger.balance(this.config.OMNIBUS_IBAN),
    };
  }

  sendPayout(instruction: PayoutInstruction): Promise<BankPayout> {
    return this.ledger.bookPayout({ ...instruction, iban: this.config.OMNIBUS_IBAN });
  }

  getPayout(payoutId: string): Promise<BankPayout | undefined> {
    return this.ledger.payout(payoutId);
  }

  statement(query: StatementQuery): Promise<StatementPage> {
    return this.ledger.statement(this.config.OMNIBUS_IBAN, query);
  }

  /** The outside world: somebody's bank sends a SEPA credit transfer to the omnibus account. */
  receiveIncomingTransfer(input: { amount: bigint; currency: string; reference: string; senderIban: string; senderName: string; notify?: boolean }): Promise<BookedCredit> {
    return this.ledger.bookCredit({
      iban: this.config.OMNIBUS_IBAN,
      amount: input.amount,
      currency: input.currency,
      reference: input.reference,
      debtorIban: input.senderIban,
      debtorName: input.senderName,
      notify: input.notify,
    });
  }
}
