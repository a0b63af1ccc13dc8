import { AdminOperationsController } from './api/admin-operations.controller.js';
import { UnfreezeActions } from './application/unfreeze.actions.js';
import { AdminCustomerDetailController } from './api/admin-customer-detail.controller.js';
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
import { CustomerEligibility } from './application/deposits/customer-eligibility.js';
import { DepositProcessor } from './application/deposits/deposit-processor.js';
import { CompleteDepositOnChainTransactionConfirmed } from './application/event-handlers/complete-deposit-on-chain-transaction-confirmed.handler.js';
import { FollowDepositReturnOnPayoutOutcome } from './application/event-handlers/follow-deposit-return-on-payout-outcome.handler.js';
import { RecordDepositOnBankCreditReceived } from './application/event-handlers/record-deposit-on-bank-credit-received.handler.js';
import { ResumeDepositsOnIdentityRegistered } from './application/event-handlers/resume-deposits-on-identity-registered.handler.js';
import { SuspendDepositOnChainTransactionFailed } from './application/event-handlers/suspend-deposit-on-chain-transaction-failed.handler.js';
import { AdvanceTopUpOnCardPaymentUpdated } from './application/event-handlers/advance-top-up-on-card-payment-updated.handler.js';
import { AdvanceTopUpOnChainTransactionOutcome } from './application/event-handlers/advance-top-up-on-chain-transaction-outcome.handler.js';
import { CompleteTransfersOnChainTransactionConfirmed } from './application/event-handlers/complete-transfers-on-chain-transaction-confirmed.handler.js';
import { ForgetWalletsOnWalletRecovery } from './application/event-handlers/forget-wallets-on-wallet-recovery.handler.js';
import { RecordChainMovementOnTokenTransferObserved } from './application/event-handlers/record-chain-movement-on-token-transfer-observed.handler.js';
import { RetryOrFailTransfersOnChainTransactionFailed } from './application/event-handlers/retry-or-fail-transfers-on-chain-transaction-failed.handler.js';
import { AdvanceWithdrawalOnChainTransactionConfirmed } from './application/event-handlers/advance-withdrawal-on-chain-transaction-confirmed.handler.js';
import { FollowWithdrawalOnPayoutUpdate } from './application/event-handlers/follow-withdrawal-on-payout-update.handler.js';
import { HandleWithdrawalOnChainTransactionFailed } from './application/event-handlers/handle-withdrawal-on-chain-transaction-failed.handler.js';
import { OpenWithdrawalSweeper } from './application/sweepers/open-withdrawal-sweeper.js';
import { RequestWithdrawalHandler } from './application/commands/request-withdrawal/request-withdrawal.handler.js';
import { AdminCorrectionsController } from './api/admin-corrections.controller.js';
import { SettleShortfallRecoveryOnChainTransactionOutcome } from './application/event-handlers/settle-shortfall-recovery-on-chain-transaction-outcome.handler.js';
import { ShortfallRecovery } from './application/topups/shortfall-recovery.js';
import { ShortfallWriteOffs } from './application/topups/shortfall-write-off.js';
import { ShortfallCovers } from './application/topups/shortfall-cover.js';
import { OperatorMoneyActions } from './application/operator-money.actions.js';
import { WithdrawalApprovals } from './application/withdrawals/withdrawal-approvals.js';
import { WithdrawalProcessor } from './application/withdrawals/withdrawal-processor.js';
import { SpendingLimits } from './application/reservations/spending-limits.js';
import { SpendingReservation } from './application/reservations/spending-reservation.js';
import { WithdrawalRepository } from './infrastructure/persistence/withdrawal.repository.js';
import { OpenOperationSweeper } from './application/sweepers/open-operation-sweeper.js';
import { OperationHistory } from './application/operations/operation-history.js';
import { GetAttestableReserveHandler } from './application/queries/get-attestable-reserve/get-attestable-reserve.handler.js';
import { TokenReader } from './application/token-reader.js';
import { TopUpProcessor } from './application/topups/topup-processor.js';
import { ChainMovementRecorder } from './application/transfers/chain-movement-recorder.js';
import { NonceAllocator } from './application/transfers/nonce-allocator.js';
import { OpenTransferSweeper } from './application/sweepers/open-transfer-sweeper.js';
import { RecipientResolver } from './application/transfers/recipient-resolver.js';
import { RequestTransferHandler } from './application/commands/request-transfer/request-transfer.handler.js';
import { TransferOutcomes } from './application/transfers/transfer-outcomes.js';
import { TransferSettler } from './application/transfers/transfer-settler.js';
import { TransferSigner } from './application/transfers/transfer-signer.js';
import { WalletDirectory } from './application/transfers/wallet-directory.js';
import { DepositRepository } from './infrastructure/persistence/deposit.repository.js';
import { DailySpendRepository } from './infrastructure/persistence/daily-spend.repository.js';
import { SpendingRepository } from './infrastructure/persistence/spending.repository.js';
import { TopUpRepository } from './infrastructure/persistence/topup.repository.js';
import { TransferRepository } from './infrastructure/persistence/transfer.repository.js';
import { tokenizerConfig } from './tokenizer.config.js';
import { CustomerEventsModule } from './customer-events.module.js';

/**
 * The e-money token's business: deposits and card top-ups (mint), suspense, reserves, transfers
 * between customers, withdrawals (hold, payout, burn), the operations history, compliance freezes.
 */
@Module({
  imports: [ConfigModule.forFeature(tokenizerConfig), ConfigModule.forFeature(appConfig), CustomerEventsModule],
  controllers: [MoneyController, TopUpsController, SuspenseController, TransfersController, WithdrawalsController, ComplianceController, AdminTokenController, AdminCustomerDetailController, AdminOperationsController, AdminCorrectionsController],
  providers: [
    TokenPauseActions,
    UnfreezeActions,
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
    SpendingRepository,
    DailySpendRepository,
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
    WithdrawalApprovals,
    OperatorMoneyActions,
    ShortfallRecovery,
    ShortfallWriteOffs,
    ShortfallCovers,
    SettleShortfallRecoveryOnChainTransactionOutcome,
    RequestWithdrawalHandler,
    SpendingReservation,
    SpendingLimits,
    OpenWithdrawalSweeper,
    AdvanceWithdrawalOnChainTransactionConfirmed,
    HandleWithdrawalOnChainTransactionFailed,
    FollowWithdrawalOnPayoutUpdate,
  ],
})
export class TokenizerModule {}
