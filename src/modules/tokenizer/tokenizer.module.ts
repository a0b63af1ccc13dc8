import { Module } from '@nestjs/common';
import { MoneyController } from './api/money.controller.js';
import { DepositProcessor } from './application/deposit-processor.js';
import {
  CompleteDepositOnChainTransactionConfirmed,
  RecordDepositOnBankCreditReceived,
  ResumeDepositsOnIdentityRegistered,
  SuspendDepositOnChainTransactionFailed,
} from './application/event-handlers/deposit.event-handlers.js';
import { OpenDepositSweeper } from './application/open-deposit-sweeper.js';
import { TokenReader } from './application/token-reader.js';
import { DepositRepository } from './infrastructure/deposit.repository.js';

/** The e-money token's business: deposits (mint), and later transfers, withdrawals, holds and reserves. */
@Module({
  controllers: [MoneyController],
  providers: [
    DepositRepository,
    DepositProcessor,
    OpenDepositSweeper,
    TokenReader,
    RecordDepositOnBankCreditReceived,
    CompleteDepositOnChainTransactionConfirmed,
    SuspendDepositOnChainTransactionFailed,
    ResumeDepositsOnIdentityRegistered,
  ],
})
export class TokenizerModule {}
