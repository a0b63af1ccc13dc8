import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { BankWebhookController } from './api/bank-webhook.controller.js';
import { RecordIncomingCreditHandler } from './application/commands/record-incoming-credit/record-incoming-credit.handler.js';
import { RecordPayoutUpdateHandler } from './application/commands/record-payout-update/record-payout-update.handler.js';
import { SendPayoutHandler } from './application/commands/send-payout/send-payout.handler.js';
import { PayoutTracker } from './application/payout-tracker.js';
import { StatementReconciliation } from './application/statement-reconciliation.js';
import { GetOmnibusAccountHandler } from './application/queries/get-omnibus-account/get-omnibus-account.handler.js';
import { GetPayoutHandler } from './application/queries/get-payout/get-payout.handler.js';
import { bankConfig } from './bank.config.js';
import { BankWebhookSecrets, BankWebhookSignatureGuard } from './infrastructure/bank-secrets.js';
import { IncomingCreditRepository } from './infrastructure/persistence/incoming-credit.repository.js';
import { PayoutRepository } from './infrastructure/persistence/payout.repository.js';
import { StatementCursorRepository } from './infrastructure/persistence/statement-cursor.repository.js';
import { WebhookReceipts } from './infrastructure/persistence/webhook-receipts.js';
import { SandboxBankAdapter } from './infrastructure/sandbox/sandbox-bank.adapter.js';
import { sandboxOrUnavailable } from '../../shared/http/index.js';
import { BANK_PORT } from './ports/bank.port.js';

/** The omnibus account, incoming SEPA credits and payouts, behind the bank port; the sandbox bank (SandboxBankModule, when enabled) is the only adapter so far. */
@Module({
  imports: [ConfigModule.forFeature(bankConfig)],
  controllers: [BankWebhookController],
  providers: [
    BankWebhookSecrets,
    BankWebhookSignatureGuard,
    WebhookReceipts,
    IncomingCreditRepository,
    PayoutRepository,
    PayoutTracker,
    StatementCursorRepository,
    StatementReconciliation,
    RecordIncomingCreditHandler,
    RecordPayoutUpdateHandler,
    SendPayoutHandler,
    GetOmnibusAccountHandler,
    GetPayoutHandler,
    sandboxOrUnavailable(BANK_PORT, SandboxBankAdapter, 'bank', ['getOmnibusAccount', 'sendPayout', 'getPayout', 'statement']),
  ],
})
export class BankModule {}
