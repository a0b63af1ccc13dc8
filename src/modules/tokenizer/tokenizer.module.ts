import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { appConfig } from '../../shared/config/index.js';
import { MoneyController } from './api/money.controller.js';
import { SuspenseController } from './api/suspense.controller.js';
import { TopUpsController } from './api/topups.controller.js';
import { CustomerEligibility } from './application/customer-eligibility.js';
import { DepositProcessor } from './application/deposit-processor.js';
import {
  CompleteDepositOnChainTransactionConfirmed,
  FollowDepositReturnOnPayoutOutcome,
  RecordDepositOnBankCreditReceived,
  ResumeDepositsOnIdentityRegistered,
  SuspendDepositOnChainTransactionFailed,
} from './application/event-handlers/deposit.event-handlers.js';
import { AdvanceTopUpOnCardPaymentUpdated, AdvanceTopUpOnChainTransactionOutcome } from './application/event-handlers/topup.event-handlers.js';
import { OpenOperationSweeper } from './application/open-operation-sweeper.js';
import { OperationsReader } from './application/operations-reader.js';
import { GetAttestableReserveHandler } from './application/queries/get-attestable-reserve.handler.js';
import { TokenReader } from './application/token-reader.js';
import { TopUpProcessor } from './application/topup-processor.js';
import { DepositRepository } from './infrastructure/deposit.repository.js';
import { TopUpRepository } from './infrastructure/topup.repository.js';
import { tokenizerConfig } from './tokenizer.config.js';

/** The e-money token's business: deposits and card top-ups (mint), suspense, reserves; later transfers, withdrawals and holds. */
@Module({
  imports: [ConfigModule.forFeature(tokenizerConfig), ConfigModule.forFeature(appConfig)],
  controllers: [MoneyController, TopUpsController, SuspenseController],
  providers: [
    DepositRepository,
    TopUpRepository,
    DepositProcessor,
    TopUpProcessor,
    CustomerEligibility,
    OperationsReader,
    OpenOperationSweeper,
    TokenReader,
    GetAttestableReserveHandler,
    RecordDepositOnBankCreditReceived,
    CompleteDepositOnChainTransactionConfirmed,
    SuspendDepositOnChainTransactionFailed,
    FollowDepositReturnOnPayoutOutcome,
    ResumeDepositsOnIdentityRegistered,
    AdvanceTopUpOnCardPaymentUpdated,
    AdvanceTopUpOnChainTransactionOutcome,
  ],
})
export class TokenizerModule {}
