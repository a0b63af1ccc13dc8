import { Inject, Module, OnApplicationBootstrap, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { ConfigModule, ConfigType } from '@nestjs/config';
import { appConfig } from '../../shared/config/index.js';
import { EnvelopeCipher } from '../../shared/crypto/index.js';
import { DynamoTables } from '../data/index.js';
import { MintTokensHandler } from './application/commands/mint-tokens.handler.js';
import { SendChainTransactionHandler } from './application/commands/send-chain-transaction.handler.js';
import { SignKycClaimHandler } from './application/commands/sign-kyc-claim.handler.js';
import {
  GetChainHeadHandler,
  GetChainTransactionHandler,
  GetChainTransactionKeyByHashHandler,
  GetPlatformContractsHandler,
  ReadContractHandler,
} from './application/queries/chain-queries.handler.js';
import { chainConfig } from './chain.config.js';
import { claimIssuerAbi, euroTokenAbi, identityRegistryAbi } from './contracts/generated/index.js';
import { ContractRegistry } from './deployment/contract-registry.js';
import { ChainClients } from './infrastructure/chain-clients.js';
import { TokenEventIndexer } from './indexer/token-event-indexer.js';
import { TransactionManager } from './transactions/transaction-manager.js';

/** viem clients, the embedded node, the contracts and the operator's transaction manager. */
@Module({
  imports: [ConfigModule.forFeature(chainConfig), ConfigModule.forFeature(appConfig)],
  providers: [
    {
      provide: ChainClients,
      inject: [chainConfig.KEY, appConfig.KEY, EnvelopeCipher],
      useFactory: async (chain: ConfigType<typeof chainConfig>, app: ConfigType<typeof appConfig>, cipher: EnvelopeCipher) => {
        const clients = new ChainClients();
        await clients.connect(chain, app.DATA_DIR, cipher);
        return clients;
      },
    },
    ContractRegistry,
    TransactionManager,
    TokenEventIndexer,
    SendChainTransactionHandler,
    MintTokensHandler,
    SignKycClaimHandler,
    GetPlatformContractsHandler,
    GetChainTransactionHandler,
    GetChainTransactionKeyByHashHandler,
    ReadContractHandler,
    GetChainHeadHandler,
  ],
})
export class ChainModule implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    @Inject(DynamoTables) private readonly tables: DynamoTables,
    @Inject(ContractRegistry) private readonly registry: ContractRegistry,
    @Inject(TransactionManager) private readonly transactions: TransactionManager,
    @Inject(ChainClients) private readonly clients: ChainClients,
  ) {}

  /** Contracts are known before any module starts its work. */
  async onModuleInit(): Promise<void> {
    await this.tables.ready();
    await this.registry.load();
    this.transactions.useErrorAbis([euroTokenAbi, identityRegistryAbi, claimIssuerAbi]);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.transactions.resume();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.clients.close();
  }
}
