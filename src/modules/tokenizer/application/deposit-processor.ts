import { Injectable, Logger } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { type Address, encodeFunctionData } from 'viem';
import { GetOmnibusAccountQuery } from '../../bank/index.js';
import { GetPlatformContractsQuery, SendChainTransactionCommand, euroTokenAbi } from '../../chain/index.js';
import { GetWalletQuery } from '../../custody/index.js';
import { FindCustomerByDepositReferenceQuery } from '../../customers/index.js';
import { type Deposit, attestKeyOf, mintKeyOf } from '../domain/deposit.js';
import { DepositCompleted, DepositMinting, DepositSuspended } from '../domain/events/deposit.events.js';
import { DepositRepository } from '../infrastructure/deposit.repository.js';

export type SuspenseReason = 'UNKNOWN_REFERENCE' | 'NO_WALLET' | 'MINT_REFUSED';

/**
 * Drives a deposit through its states. Every step first persists the state it moves to, then acts;
 * acting again is harmless (chain transactions are keyed by the deposit), so any worker may
 * resume any deposit after a crash.
 */
@Injectable()
export class DepositProcessor {
  private readonly logger = new Logger(DepositProcessor.name);

  constructor(
    private readonly deposits: DepositRepository,
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
  ) {}

  async advance(depositId: string): Promise<void> {
    const deposit = await this.deposits.get(depositId);
    if (!deposit) return;
    if (deposit.status === 'received') await this.match(deposit);
    else if (deposit.status === 'minting') await this.mint(deposit);
  }

  async completeMint(depositId: string, transactionHash: string): Promise<void> {
    const deposit = await this.deposits.get(depositId);
    if (deposit?.status !== 'minting') return;
    const payload = { depositId, customerId: deposit.customerId, amount: deposit.amount.toString(), transactionHash };
    await this.deposits.transition(deposit, 'completed', {}, [new DepositCompleted(depositId, payload)]);
  }

  async refuseMint(depositId: string, reason: string): Promise<void> {
    const deposit = await this.deposits.get(depositId);
    if (deposit?.status !== 'minting') return;
    await this.suspend(deposit, 'MINT_REFUSED', reason);
  }

  private async match(deposit: Deposit): Promise<void> {
    const customerId = await this.queries.execute(new FindCustomerByDepositReferenceQuery(deposit.reference));
    if (!customerId) return this.suspend(deposit, 'UNKNOWN_REFERENCE');
    const wallet = await this.queries.execute(new GetWalletQuery(customerId));
    if (!wallet) return this.suspend(deposit, 'NO_WALLET', undefined, customerId);
    // The identity is still being registered on chain: the sweep comes back to it.
    if (wallet.status !== 'registered') return;
    const moved = await this.deposits.transition(deposit, 'minting', { customerId, walletAddress: wallet.address }, [
      new DepositMinting(deposit.id, { depositId: deposit.id, customerId, amount: deposit.amount.toString() }),
    ]);
    if (moved) await this.advance(deposit.id);
  }

  private async mint(deposit: Deposit): Promise<void> {
    const contracts = await this.queries.execute(new GetPlatformContractsQuery());
    const omnibus = await this.queries.execute(new GetOmnibusAccountQuery());
    // Minting is capped by the last attested reserve: attest the bank balance first (same queue, so mined first).
    await this.commands.execute(
      new SendChainTransactionCommand({
        key: attestKeyOf(deposit.id),
        to: contracts.token,
        data: encodeFunctionData({ abi: euroTokenAbi, functionName: 'attestReserve', args: [omnibus.balance] }),
      }),
    );
    const mint = await this.commands.execute(
      new SendChainTransactionCommand({
        key: mintKeyOf(deposit.id),
        to: contracts.token,
        data: encodeFunctionData({ abi: euroTokenAbi, functionName: 'mint', args: [deposit.walletAddress as Address, deposit.amount] }),
      }),
    );
    if (mint.status === 'confirmed' && mint.hash) await this.completeMint(deposit.id, mint.hash);
    if (mint.status === 'failed') await this.refuseMint(deposit.id, mint.error ?? 'mint failed');
  }

  private async suspend(deposit: Deposit, code: SuspenseReason, detail?: string, customerId?: string): Promise<void> {
    const reason = detail ? `${code}: ${detail}` : code;
    this.logger.warn({ depositId: deposit.id, reason }, 'deposit moved to suspense');
    await this.deposits.transition(deposit, 'suspense', { reason, ...(customerId ? { customerId } : {}) }, [
      new DepositSuspended(deposit.id, { depositId: deposit.id, customerId: customerId ?? deposit.customerId, amount: deposit.amount.toString(), reason }),
    ]);
  }
}
