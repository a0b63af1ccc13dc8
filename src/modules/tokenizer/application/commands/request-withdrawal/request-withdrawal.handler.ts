import { Inject, Logger } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { CommandHandler, ICommandHandler, QueryBus } from '@nestjs/cqrs';
import { type Address, keccak256, toBytes } from 'viem';
import { CURRENCY } from '../../../../../shared/money/index.js';
import { GetBankAccountQuery } from '../../../../customers/index.js';
import { operationIdOf } from '../../../domain/operation-id.js';
import { transferRefused } from '../../../domain/errors/transfer.errors.js';
import type { Withdrawal } from '../../../domain/withdrawal.js';
import { bankAccountNotFound } from '../../../domain/errors/withdrawal.errors.js';
import { WithdrawalRepository } from '../../../infrastructure/persistence/withdrawal.repository.js';
import { tokenizerConfig } from '../../../tokenizer.config.js';
import { SpendingLimits } from '../../reservations/spending-limits.js';
import { SpendingReservation } from '../../reservations/spending-reservation.js';
import { TokenReader } from '../../token-reader.js';
import { WalletDirectory } from '../../transfers/wallet-directory.js';
import { RequestWithdrawalCommand } from './request-withdrawal.command.js';
import { WithdrawalApprovals } from '../../withdrawals/withdrawal-approvals.js';
import { WithdrawalProcessor } from '../../withdrawals/withdrawal-processor.js';

const HOLD_SIGNATURE_VALIDITY_SECONDS = 24 * 3600;

/**
 * Checks the customer and the account, reserves the amount against the spendable balance while
 * recording the withdrawal (one DynamoDB transaction, the same reservation as transfers), and
 * starts it, or asks for an admin's approval above the threshold (maker-checker).
 */
@CommandHandler(RequestWithdrawalCommand)
export class RequestWithdrawalHandler implements ICommandHandler<RequestWithdrawalCommand> {
  private readonly logger = new Logger(RequestWithdrawalHandler.name);

  constructor(
    private readonly withdrawals: WithdrawalRepository,
    private readonly reservation: SpendingReservation,
    private readonly limits: SpendingLimits,
    private readonly processor: WithdrawalProcessor,
    private readonly approvals: WithdrawalApprovals,
    private readonly directory: WalletDirectory,
    private readonly tokens: TokenReader,
    private readonly queries: QueryBus,
    @Inject(tokenizerConfig.KEY) private readonly config: ConfigType<typeof tokenizerConfig>,
  ) {}

  async execute({ request: { customerId, amount, bankAccountId, idempotencyKey } }: RequestWithdrawalCommand): Promise<Withdrawal> {
    this.limits.checkPerOperation('withdrawal', amount);
    const id = operationIdOf('withdrawal', customerId, idempotencyKey);
    // Asked before (a retry whose first answer was lost in a crash): the same withdrawal, not a second one.
    const existing = await this.withdrawals.get(id);
    if (existing) return existing;
    const wallet = await this.directory.walletOf(customerId);
    if (!wallet || wallet.status !== 'registered') throw transferRefused('SENDER_NOT_VERIFIED');
    const account = await this.queries.execute(new GetBankAccountQuery(customerId, bankAccountId));
    if (!account) throw bankAccountNotFound();
    if (await this.tokens.paused()) throw transferRefused('PAUSED');
    const now = Math.floor(Date.now() / 1000);
    const withdrawal = {
      id,
      kind: 'withdrawal' as const,
      customerId,
      walletAddress: wallet.address,
      bankAccountId,
      amount,
      currency: CURRENCY,
      status: amount > BigInt(this.config.WITHDRAWAL_APPROVAL_THRESHOLD) ? ('awaiting_approval' as const) : ('pending' as const),
      requestedBy: customerId,
      holdId: keccak256(toBytes(`eurt-withdrawal:${id}`)),
      holdExpiresAt: now + this.config.WITHDRAWAL_HOLD_SECONDS,
      holdDeadline: now + HOLD_SIGNATURE_VALIDITY_SECONDS,
    };
    return this.reservation.reserveAndRecord({
      kind: 'withdrawal',
      operationId: id,
      customerId,
      wallet: wallet.address as Address,
      amount,
      record: async (reservation) => {
        const created = await this.withdrawals.create(withdrawal, reservation);
        const next = created.status === 'pending' ? this.processor.advance(id) : this.approvals.request(created);
        await next.catch((error) => this.logger.warn({ err: error, withdrawalId: id }, 'withdrawal waits for the sweeper'));
        return created;
      },
      recorded: () => this.withdrawals.get(id),
    });
  }
}
