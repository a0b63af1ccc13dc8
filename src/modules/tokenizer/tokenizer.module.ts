import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { ComplianceController } from './api/compliance.controller.js';
import { MoneyController } from './api/money.controller.js';
import { TransfersController } from './api/transfers.controller.js';
import { DepositProcessor } from './application/deposit-processor.js';
import {
  CompleteDepositOnChainTransactionConfirmed,
  RecordDepositOnBankCreditReceived,
  ResumeDepositsOnIdentityRegistered,
  SuspendDepositOnChainTransactionFailed,
} from './application/event-handlers/deposit.event-handlers.js';
import {
  CompleteTransfersOnChainTransactionConfirmed,
  RecordChainMovementOnTokenTransferObserved,
  RetryOrFailTransfersOnChainTransactionFailed,
} from './application/event-handlers/transfer.event-handlers.js';
import { OpenDepositSweeper } from './application/open-deposit-sweeper.js';
import { OperationHistory } from './application/operations/operation-history.js';
import { TokenReader } from './application/token-reader.js';
import { ChainMovementRecorder } from './application/transfers/chain-movement-recorder.js';
import { OpenTransferSweeper } from './application/transfers/open-transfer-sweeper.js';
import { RecipientResolver } from './application/transfers/recipient-resolver.js';
import { RequestTransferHandler } from './application/transfers/request-transfer.handler.js';
import { TransferOutcomes } from './application/transfers/transfer-outcomes.js';
import { TransferSettler } from './application/transfers/transfer-settler.js';
import { TransferSigner } from './application/transfers/transfer-signer.js';
import { NonceAllocator } from './application/transfers/nonce-allocator.js';
import { WalletDirectory } from './application/transfers/wallet-directory.js';
import { DepositRepository } from './infrastructure/deposit.repository.js';
import { GroupCommit } from './infrastructure/group-commit.js';
import { SpendingRepository } from './infrastructure/spending.repository.js';
import { TransferRepository } from './infrastructure/transfer.repository.js';
import { tokenizerConfig } from './tokenizer.config.js';

/** The e-money token's business: deposits (mint), transfers between customers, the operations history, compliance freezes. */
@Module({
  imports: [ConfigModule.forFeature(tokenizerConfig)],
  controllers: [MoneyController, TransfersController, ComplianceController],
  providers: [
    DepositRepository,
    DepositProcessor,
    OpenDepositSweeper,
    TokenReader,
    RecordDepositOnBankCreditReceived,
    CompleteDepositOnChainTransactionConfirmed,
    SuspendDepositOnChainTransactionFailed,
    ResumeDepositsOnIdentityRegistered,
    TransferRepository,
    GroupCommit,
    SpendingRepository,
    OperationHistory,
    RecipientResolver,
    WalletDirectory,
    NonceAllocator,
    RequestTransferHandler,
    TransferSigner,
    TransferSettler,
    TransferOutcomes,
    OpenTransferSweeper,
    ChainMovementRecorder,
    CompleteTransfersOnChainTransactionConfirmed,
    RetryOrFailTransfersOnChainTransactionFailed,
    RecordChainMovementOnTokenTransferObserved,
  ],
})
export class TokenizerModule {}
