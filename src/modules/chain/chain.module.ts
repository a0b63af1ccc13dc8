import { AdminReserveAttestationsController } from './api/admin-reserve-attestations.controller.js';
import { ListReserveAttestationsHandler } from './application/queries/list-reserve-attestations/list-reserve-attestations.handler.js';
import { AdminChainTransactionsController } from './api/admin-chain-transactions.controller.js';
import { ListChainTransactionsHandler } from './application/queries/list-chain-transactions/list-chain-transactions.handler.js';
import { Inject, Module, OnApplicationBootstrap, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { ConfigModule, ConfigType } from '@nestjs/config';
import { appConfig } from '../../shared/config/index.js';
import { EnvelopeCipher } from '../../shared/crypto/index.js';
import { DynamoTables } from '../data/index.js';
import { MintTokensHandler } from './application/commands/mint-tokens/mint-tokens.handler.js';
import { SendChainActionHandler } from './application/commands/send-chain-action/send-chain-action.handler.js';
import { SignKycClaimHandler } from './application/commands/sign-kyc-claim/sign-kyc-claim.handler.js';
import { ReplaceStuckTransactionHandler } from './application/commands/replace-stuck-transaction/replace-stuck-transaction.handler.js';
import { ReplaceStuckTransactionActions } from './application/replace-stuck-transaction.actions.js';
import { GetSignerFundsHandler } from './application/queries/get-signer-funds/get-signer-funds.handler.js';
import { GetChainHeadHandler } from './application/queries/get-chain-head/get-chain-head.handler.js';
import { GetChainTransactionKeyByHashHandler } from './application/queries/get-chain-transaction-key-by-hash/get-chain-transaction-key-by-hash.handler.js';
import { GetChainTransactionHandler } from './application/queries/get-chain-transaction/get-chain-transaction.handler.js';
import { GetPlatformContractsHandler } from './application/queries/get-platform-contracts/get-platform-contracts.handler.js';
import { ReadContractHandler } from './application/queries/read-contract/read-contract.handler.js';
import { chainConfig } from './chain.config.js';
import { claimIssuerAbi, euroTokenAbi, identityRegistryAbi } from './contracts/generated/index.js';
import { ContractRegistry } from './infrastructure/deployment/contract-registry.js';
import { TokenEventIndexer } from './infrastructure/indexer/token-event-indexer.js';
import { ChainClients } from './infrastructure/node/chain-clients.js';
import { configuredOrGeneratedKey } from './infrastructure/node/platform-keys.js';
import { ChainTransactionStore } from './infrastructure/persistence/chain-transaction.store.js';
import { AttestationOrder } from './infrastructure/transactions/attestation-order.js';
import { TransactionPrerequisites } from './infrastructure/transactions/transaction-prerequisites.js';
import { BatchMemberSettler } from './infrastructure/transactions/batch-member-settler.js';
import { LostTransactionRecovery } from './infrastructure/transactions/lost-transaction-recovery.js';
import { StuckTransactionReplacer } from './infrastructure/transactions/stuck-transaction-replacer.js';
import { MintBatcher } from './infrastructure/transactions/mint-batcher.js';
import { OnboardBatcher } from './infrastructure/transactions/onboard-batcher.js';
import { NonceAllocator } from './infrastructure/transactions/nonce-allocator.js';
import { TransactionManager } from './infrastructure/transactions/transaction-manager.js';
import { TransactionOutcomes } from './infrastructure/transactions/transaction-outcomes.js';
import { TransactionSender } from './infrastructure/transactions/transaction-sender.js';
import { SigningLease } from './infrastructure/transactions/signing-lease.js';

/** viem clients, the embedded node, the contracts and the operator's transaction manager. */
@Module({
  controllers: [AdminChainTransactionsController, AdminReserveAttestationsController],
  imports: [ConfigModule.forFeature(chainConfig), ConfigModule.forFeature(appConfig)],
  providers: [
    {
      provide: ChainClients,
      inject: [chainConfig.KEY, appConfig.KEY, EnvelopeCipher],
      useFactory: async (chain: ConfigType<typeof chainConfig>, app: ConfigType<typeof appConfig>, cipher: EnvelopeCipher) => {
        const clients = new ChainClients();
        await clients.connect(chain, app.DATA_DIR, (name, configured) => configuredOrGeneratedKey(app.DATA_DIR, name, cipher, configured));
        return clients;
      },
    },
    ContractRegistry,
    ChainTransactionStore,
    NonceAllocator,
    TransactionPrerequisites,
    AttestationOrder,
    BatchMemberSettler,
    LostTransactionRecovery,
    StuckTransactionReplacer,
    TransactionOutcomes,
    TransactionSender,
    MintBatcher,
    OnboardBatcher,
    TransactionManager,
    SigningLease,
    TokenEventIndexer,
    SendChainActionHandler,
    MintTokensHandler,
    SignKycClaimHandler,
    ReplaceStuckTransactionHandler,
    ReplaceStuckTransactionActions,
    GetPlatformContractsHandler,
    GetChainTransactionHandler,
    ListChainTransactionsHandler,
    ListReserveAttestationsHandler,
    GetChainTransactionKeyByHashHandler,
    ReadContractHandler,
    GetChainHeadHandler,
    GetSignerFundsHandler,
  ],
})
export class ChainModule implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    @Inject(DynamoTables) private readonly tables: DynamoTables,
    @Inject(ContractRegistry) private readonly registry: ContractRegistry,
    @Inject(TransactionManager) private readonly transactions: TransactionManager,
    @Inject(ChainClients) private readonly clients: ChainClients,
    @Inject(SigningLease) private readonly signingLease: SigningLease,
  ) {}

  /** Contracts are known before any module starts its work. */
  async onModuleInit(): Promise<void> {
    await this.tables.ready();
    await this.registry.load();
    this.transactions.useErrorAbis([euroTokenAbi, identityRegistryAbi, claimIssuerAbi]);
  }

  /** The first instance to take an account's signing lease resumes what is open for it; the others wait to take over. */
  async onApplicationBootstrap(): Promise<void> {
    await this.signingLease.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.clients.close();
  }
}
