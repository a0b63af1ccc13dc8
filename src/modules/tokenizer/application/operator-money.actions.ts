import { Injectable, OnModuleInit } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import type { Address } from 'viem';
import { ApprovalActions } from '../../approvals/index.js';
import { GetPlatformContractsQuery, MintTokensCommand, SendChainActionCommand, burn } from '../../chain/index.js';
import { GetWalletQuery } from '../../custody/index.js';
import { correctionExceedsBalance, customerNotEligible, customerNotFound, insufficientBalanceForRefund, notInSuspense, operationNotFound, topUpNotRefundable } from '../domain/errors/tokenizer.errors.js';
import { DepositRepository } from '../infrastructure/persistence/deposit.repository.js';
import { TopUpRepository } from '../infrastructure/persistence/topup.repository.js';
import { CustomerEligibility } from './deposits/customer-eligibility.js';
import { DepositProcessor } from './deposits/deposit-processor.js';
import { TokenReader } from './token-reader.js';
import { TopUpProcessor } from './topups/topup-processor.js';

/** The chain transaction a correction sends: keyed by its approval, so a resumed execution sends it once. */
export const correctionKeyOf = (approvalId: string, direction: 'mint' | 'burn') => `correction:${approvalId}:${direction}`;

/**
 * Money-moving operator actions, each maker-checker (`admin` asks, a different `admin` approves):
 * giving a suspense credit to a customer or returning it to the sender, refunding a card top-up,
 * and a manual correction (a mint to or a burn from a customer's wallet, with its reason). Each
 * execution acts through the operation's own persisted state machine (the deposit, the top-up) or
 * a chain transaction keyed by the approval, so it moves money once however often it runs.
 */
@Injectable()
export class OperatorMoneyActions implements OnModuleInit {
  constructor(
    private readonly approvals: ApprovalActions,
    private readonly deposits: DepositRepository,
    private readonly depositProcessor: DepositProcessor,
    private readonly topUps: TopUpRepository,
    private readonly topUpProcessor: TopUpProcessor,
    private readonly eligibility: CustomerEligibility,
    private readonly tokens: TokenReader,
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  onModuleInit(): void {
    this.approvals.register({
      action: 'suspense.assign',
      roles: ['admin'],
      describe: ({ depositId, amount, customerId }) => `Give suspense credit ${depositId} (${amount} cents) to customer ${customerId}: it is minted to their wallet`,
      check: async ({ depositId, customerId }) => {
        await this.inSuspense(depositId);
        await this.eligible(customerId);
      },
      execute: async ({ depositId, customerId }) => {
        const deposit = await this.deposits.get(depositId);
        // Executed already (a resumed execution, or a second request for the same assignment): minted once.
        const assigned = deposit?.customerId === customerId && deposit.reason === 'ASSIGNED' && (deposit.status === 'minting' || deposit.status === 'completed');
        if (!assigned) await this.depositProcessor.assign(depositId, customerId);
        return { resultId: depositId };
      },
    });
    this.approvals.register({
      action: 'suspense.return',
      roles: ['admin'],
      describe: ({ depositId, amount }) => `Return suspense credit ${depositId} (${amount} cents) to the account that sent it (a SEPA payout)`,
      check: async ({ depositId }) => void (await this.inSuspense(depositId)),
      execute: async ({ depositId }) => {
        const deposit = await this.deposits.get(depositId);
        if (deposit?.status !== 'returning' && deposit?.status !== 'returned') await this.depositProcessor.returnToSender(depositId);
        return { resultId: depositId };
      },
    });
    this.approvals.register({
      action: 'topup.refund',
      roles: ['admin'],
      describe: ({ topUpId, amount, customerId }) => `Refund card top-up ${topUpId} (${amount} cents) of customer ${customerId}: the tokens are burned, then the card is refunded`,
      check: async ({ topUpId }) => void (await this.refundable(topUpId)),
      execute: async ({ topUpId }) => {
        const topUp = await this.topUps.get(topUpId);
        const refunding = topUp?.reason === 'REFUND_REQUESTED' && (topUp.status === 'refunding' || topUp.status === 'refunded');
        if (!refunding) await this.topUpProcessor.refund(topUpId);
        return { resultId: topUpId };
      },
    });
    for (const direction of ['mint', 'burn'] as const) {
      this.approvals.register({
        action: `correction.${direction}`,
        roles: ['admin'],
        describe: ({ customerId, amount }) =>
          direction === 'mint' ? `Correction: mint ${amount} cents to the wallet of customer ${customerId}` : `Correction: burn ${amount} cents from the wallet of customer ${customerId}`,
        check: async ({ customerId, amount }) => void (await this.correctable(direction, customerId, BigInt(amount))),
        execute: async ({ customerId, amount }, approvalId) => {
          const wallet = (await this.walletOf(customerId)) as Address;
          const key = correctionKeyOf(approvalId, direction);
          if (direction === 'mint') {
            const { token } = await this.queries.execute(new GetPlatformContractsQuery());
            await this.commands.execute(new MintTokensCommand({ key, token, to: wallet, amount: BigInt(amount) }));
          } else {
            await this.commands.execute(new SendChainActionCommand({ key, action: burn({ from: wallet, amount: BigInt(amount) }) }));
          }
          return { resultId: key };
        },
      });
    }
  }

  async inSuspense(depositId: string) {
    const deposit = await this.deposits.get(depositId);
    if (!deposit) throw operationNotFound();
    if (deposit.status !== 'suspense') throw notInSuspense(deposit.status);
    return deposit;
  }

  async refundable(topUpId: string) {
    const topUp = await this.topUps.get(topUpId);
    if (!topUp) throw operationNotFound();
    if (topUp.status !== 'completed') throw topUpNotRefundable(topUp.status);
    const { spendable } = await this.tokens.balances(topUp.walletAddress as Address);
    if (spendable < topUp.amount) throw insufficientBalanceForRefund();
    return topUp;
  }

  private async eligible(customerId: string): Promise<void> {
    const eligibility = await this.eligibility.of(customerId);
    if (!eligibility.eligible) throw customerNotEligible(eligibility.reason);
  }

  private async correctable(direction: 'mint' | 'burn', customerId: string, amount: bigint): Promise<void> {
    if (direction === 'mint') return this.eligible(customerId);
    const { spendable } = await this.tokens.balances((await this.walletOf(customerId)) as Address);
    if (spendable < amount) throw correctionExceedsBalance();
  }

  private async walletOf(customerId: string): Promise<string> {
    const wallet = await this.queries.execute(new GetWalletQuery(customerId));
    if (!wallet) throw customerNotFound();
    return wallet.address;
  }
}
