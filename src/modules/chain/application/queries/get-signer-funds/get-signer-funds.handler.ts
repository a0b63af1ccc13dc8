import { Inject, Logger } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Gauge, register } from 'prom-client';
import { formatEther, parseEther } from 'viem';
import { chainConfig } from '../../../chain.config.js';
import { ChainClients } from '../../../infrastructure/node/chain-clients.js';
import { TransactionManager } from '../../../infrastructure/transactions/transaction-manager.js';
import { GetSignerFundsQuery, type SignerFunds } from './get-signer-funds.query.js';

const balanceGauge =
  (register.getSingleMetric('chain_signer_balance_eth') as Gauge | undefined) ??
  new Gauge({ name: 'chain_signer_balance_eth', help: 'ETH balance of each platform signing account (for its fees), read at the last readiness check', labelNames: ['role'] });
const lowGauge =
  (register.getSingleMetric('chain_signer_balance_low') as Gauge | undefined) ??
  new Gauge({ name: 'chain_signer_balance_low', help: '1 when a platform signing account holds less ETH than CHAIN_SIGNER_LOW_BALANCE_ETH', labelNames: ['role'] });

@QueryHandler(GetSignerFundsQuery)
export class GetSignerFundsHandler implements IQueryHandler<GetSignerFundsQuery> {
  private readonly logger = new Logger(GetSignerFundsHandler.name);

  constructor(
    private readonly clients: ChainClients,
    private readonly transactions: TransactionManager,
    @Inject(chainConfig.KEY) private readonly config: ConfigType<typeof chainConfig>,
  ) {}

  async execute(): Promise<SignerFunds[]> {
    const minimum = parseEther(this.config.CHAIN_SIGNER_LOW_BALANCE_ETH);
    return Promise.all(
      this.transactions.signers.map(async (address) => {
        const balance = await this.clients.publicClient.getBalance({ address });
        const roles = this.clients.rolesOf(address);
        const low = balance < minimum;
        // A gauge is a reading for dashboards, not an amount anything is computed from.
        for (const role of roles) {
          balanceGauge.set({ role }, Number(formatEther(balance)));
          lowGauge.set({ role }, low ? 1 : 0);
        }
        if (low) this.logger.error({ roles, address, balanceWei: balance.toString() }, 'ALERT: a platform signing account is running out of ETH for its fees');
        return { roles, address, balanceWei: balance.toString(), low };
      }),
    );
  }
}
