import { EventsHandler, IEventHandler } from '@nestjs/cqrs';
import { BankCreditReceived } from '../../../bank/index.js';
import { ChainTransactionConfirmed, ChainTransactionFailed } from '../../../chain/index.js';
import { IdentityRegistered } from '../../../custody/index.js';
import { depositIdOfMintKey } from '../../domain/deposit.js';
import { DepositRepository } from '../../infrastructure/deposit.repository.js';
import { DepositProcessor } from '../deposit-processor.js';
import { OpenDepositSweeper } from '../open-deposit-sweeper.js';

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
    if (depositId) await this.processor.refuseMint(depositId, payload.errorName ?? payload.reason);
  }
}

@EventsHandler(IdentityRegistered)
export class ResumeDepositsOnIdentityRegistered implements IEventHandler<IdentityRegistered> {
  constructor(private readonly sweeper: OpenDepositSweeper) {}
  async handle(): Promise<void> {
    await this.sweeper.sweep();
  }
}
