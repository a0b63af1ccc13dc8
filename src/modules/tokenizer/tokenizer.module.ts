import { AdminTokenController } from './api/admin-token.controller.js';
import { TokenPauseActions } from './application/token-pause.actions.js';
import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { appConfig } from '../../shared/config/index.js';
import { ComplianceController } from './api/compliance.controller.js';
import { MoneyController } from './api/money.controller.js';
import { SuspenseController } from './api/suspense.controller.js';
import { TopUpsController } from './api/topups.controller.js';
import { TransfersController } from './api/transfers.controller.js';
import { WithdrawalsController } from './api/withdrawals.controller.js';
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
import {
  CompleteTransfersOnChainTransactionConfirmed,
  ForgetWalletsOnWalletRecovery,
  RecordChainMovementOnTokenTransferObserved,
  RetryOrFailTransfersOnChainTransactionFailed,
} from './application/event-handlers/transfer.event-handlers.js';
import {
  AdvanceWithdrawalOnChainTransactionConfirmed,
  FollowWithdrawalOnPayoutUpdate,
  HandleWithdrawalOnChainTransactionFailed,
} from './application/event-handlers/withdrawal.event-handlers.js';
import { OpenWithdrawalSweeper } from './application/withdrawals/open-withdrawal-sweeper.js';
import { WithdrawalProcessor } from './application/withdrawals/withdrawal-processor.js';
import { WithdrawalRepository } from './infrastructure/withdrawal.repository.js';
import { OpenOperationSweeper } from './application/open-operation-sweeper.js';
import { OperationHistory } from './application/operations/operation-history.js';
import { GetAttestableReserveHandler } from './application/queries/get-attestable-reserve.handler.js';
import { TokenReader } from './application/token-reader.js';
import { TopUpProcessor } from './application/topup-processor.js';
import { ChainMovementRecorder } from './application/transfers/chain-movement-recorder.js';
import { NonceAllocator } from './application/transfers/nonce-allocator.js';
import { OpenTransferSweeper } from './application/transfers/open-transfer-sweeper.js';
import { RecipientResolver } from './application/transfers/recipient-resolver.js';
import { RequestTransferHandler } from './application/transfers/request-transfer.handler.js';
import { TransferOutcomes } from './application/transfers/transfer-outcomes.js';
import { TransferSettler } from './application/transfers/transfer-settler.js';
import { TransferSigner } from './application/transfers/transfer-signer.js';
import { WalletDirectory } from './application/transfers/wallet-directory.js';
import { DepositRepository } from './infrastructure/deposit.repository.js';
import { GroupCommit } from './infrastructure/group-commit.js';
import { SpendingRepository } from './infrastructure/spending.repository.js';
import { TopUpRepository } from './infrastructure/topup.repository.js';
import { TransferRepository } from './infrastructure/transfer.repository.js';
import { tokenizerConfig } from './tokenizer.config.js';

/**
 * The e-money token's business: deposits and card top-ups (mint), suspense, reserves, transfers
 * between customers, withdrawals (hold, payout, burn), the operations history, compliance freezes.
 */
@Module({
  imports: [ConfigModule.forFeature(tokenizerConfig), ConfigModule.forFeature(appConfig)],
  controllers: [MoneyController, TopUpsController, SuspenseController, TransfersController, WithdrawalsController, ComplianceController, AdminTokenController],
  providers: [
    TokenPauseActions,
    DepositRepository,
    TopUpRepository,
    DepositProcessor,
    TopUpProcessor,
    CustomerEligibility,
    OperationHistory,
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
    TransferRepository,
    GroupCommit,
    SpendingRepository,
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
    ForgetWalletsOnWalletRecovery,
    WithdrawalRepository,
    WithdrawalProcessor,
    OpenWithdrawalSweeper,
    AdvanceWithdrawalOnChainTransactionConfirmed,
    HandleWithdrawalOnChainTransactionFailed,
    FollowWithdrawalOnPayoutUpdate,
  ],
})
export class TokenizerModule {}
