import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { CqrsModule } from '@nestjs/cqrs';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { AuthModule } from './shared/auth/index.js';
import { appConfig } from './shared/config/index.js';
import { CryptoModule } from './shared/crypto/index.js';
import { ApprovalsModule } from './modules/approvals/approvals.module.js';
import { EventBridgeModule } from './modules/eventbridge/eventbridge.module.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { AcquirerModule } from './modules/acquirer/acquirer.module.js';
import { BankModule } from './modules/bank/bank.module.js';
import { ChainModule } from './modules/chain/chain.module.js';
import { CustodyModule } from './modules/custody/custody.module.js';
import { CustomersModule } from './modules/customers/customers.module.js';
import { DataModule } from './modules/data/data.module.js';
import { ObservabilityModule } from './modules/observability/index.js';
import { TokenizerModule } from './modules/tokenizer/tokenizer.module.js';

@Module({
  imports: [
    ConfigModule.forRoot({ ignoreEnvFile: true, isGlobal: true, load: [appConfig] }),
    CqrsModule.forRoot(),
    EventEmitterModule.forRoot(),
    CryptoModule,
    AuthModule,
    DataModule,
    ApprovalsModule,
    ChainModule,
    CustomersModule,
    CustodyModule,
    BankModule,
    AcquirerModule,
    TokenizerModule,
    ObservabilityModule,
    AuditModule,
    EventBridgeModule,
  ],
})
export class AppModule {}
