import { EventsHandler, IEventHandler } from '@nestjs/cqrs';
import { BankCreditReceived, PayoutReturned, PayoutSettled } from '../../../bank/index.js';
import { ChainTransactionConfirmed, ChainTransactionFailed } from '../../../chain/index.js';
import { IdentityRegistered } from '../../../custody/index.js';
import { depositIdOfMintKey, depositIdOfReturnPayout } from '../../domain/deposit.js';
import { DepositRepository } from '../../infrastructure/deposit.repository.js';
import { DepositProcessor } from '../deposit-processor.js';
import { OpenOperationSweeper } from '../open-operation-sweeper.js';

@EventsHandler(BankCreditReceived)
export class RecordDepositOnBankCreditReceived implements IEventHandler<BankCreditReceived> {
  constructor(
    private readonly deposits: DepositRepository,
    private readonly processor: DepositProcessor,
  ) {}

  async handle({ payload }: BankCreditReceived): Promise<void> {
    await this.deposits.createIfAbsent(
      { id: payload.transactionId, amount: BigInt(payload.amount), currency: payload.currency, reference: payload.reference, status: 'received' },
      [],
    );
    await this.processor.advance(payload.transactionId);
  }
}

@EventsHandler(ChainTransactionConfirmed)
export class CompleteDepositOnChainTransactionConfirmed implements IEventHandler<ChainTransactionConfirmed> {
  constructor(private readonly processor: DepositProcessor) {}

  async handle({ payload }: ChainTransactionConfirmed): Promise<void> {
    const depositId = depositIdOfMintKey(payload.key);
    if (depositId) await this.processor.completeMint(depositId, payload.hash);
  }
}

@EventsHandler(ChainTransactionFailed)
export class SuspendDepositOnChainTransactionFailed implements IEventHandler<ChainTransactionFailed> {
  constructor(private readonly processor: DepositProcessor) {}

  async handle({ payload }: ChainTransactionFailed): Promise<void> {
    const depositId = depositIdOfMintKey(payload.key);
    if (depositId) await this.processor.refuseMint(depositId, payload.revert?.name ?? payload.reason);
  }
}

/** A return payout settled or came back: the deposit's state machine reads the payout and moves on. */
@EventsHandler(PayoutSettled, PayoutReturned)
export class FollowDepositReturnOnPayoutOutcome implements IEventHandler<PayoutSettled | PayoutReturned> {
  constructor(private readonly processor: DepositProcessor) {}

  async handle({ payload }: PayoutSettled | PayoutReturned): Promise<void> {
    const depositId = depositIdOfReturnPayout(payload.payoutId);
    if (depositId) await this.processor.advance(depositId);
  }
}

@EventsHandler(IdentityRegistered)
export class ResumeDepositsOnIdentityRegistered implements IEventHandler<IdentityRegistered> {
  constructor(private readonly sweeper: OpenOperationSweeper) {}
  async handle(): Promise<void> {
    await this.sweeper.sweep(true);
  }
}
