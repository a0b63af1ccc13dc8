import { AdminOperatorsController } from './api/admin-operators.controller.js';
import { OperatorRoleActions } from './application/operator-roles.actions.js';
import { CustomerRolesRepository } from './infrastructure/persistence/customer-roles.repository.js';
import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { AdminCustomersController } from './api/admin-customers.controller.js';
import { AuthController, MeController } from './api/auth.controller.js';
import { SessionsModule } from './sessions.module.js';
import { LogOutHandler } from './application/commands/log-out/log-out.handler.js';
import { ChangePasswordHandler } from './application/commands/change-password/change-password.handler.js';
import { BankAccountsController } from './api/bank-accounts.controller.js';
import { KycController, KycWebhookController } from './api/kyc.controller.js';
import { LinkBankAccountHandler } from './application/commands/link-bank-account/link-bank-account.handler.js';
import { RemoveBankAccountHandler } from './application/commands/remove-bank-account/remove-bank-account.handler.js';
import { RecordKycDecisionHandler } from './application/commands/record-kyc-decision/record-kyc-decision.handler.js';
import { SubmitKycHandler } from './application/commands/submit-kyc/submit-kyc.handler.js';
import { LoginHandler } from './application/commands/login/login.handler.js';
import { RefreshSessionHandler } from './application/commands/refresh-session/refresh-session.handler.js';
import { RegisterCustomerHandler } from './application/commands/register-customer/register-customer.handler.js';
import { SessionIssuer } from './application/session-issuer.js';
import { FirstAdmin } from './application/first-admin.js';
import { KycSubmitter } from './application/kyc-submitter.js';
import { FindCustomerByContactHandler } from './application/queries/find-customer-by-contact/find-customer-by-contact.handler.js';
import { FindCustomerByDepositReferenceHandler } from './application/queries/find-customer-by-deposit-reference/find-customer-by-deposit-reference.handler.js';
import { GetBankAccountHandler } from './application/queries/get-bank-account/get-bank-account.handler.js';
import { GetCustomerHandler } from './application/queries/get-customer/get-customer.handler.js';
import { GetKycStateHandler } from './application/queries/get-kyc-state/get-kyc-state.handler.js';
import { GetVerifiedCountryHandler } from './application/queries/get-verified-country/get-verified-country.handler.js';
import { ListBankAccountsHandler } from './application/queries/list-bank-accounts/list-bank-accounts.handler.js';
import { ListCustomersHandler } from './application/queries/list-customers/list-customers.handler.js';
import { customersConfig } from './customers.config.js';
import { BankAccountRepository } from './infrastructure/persistence/bank-account.repository.js';
import { CustomerRepository } from './infrastructure/persistence/customer.repository.js';
import { CustomerTables } from './infrastructure/persistence/customer-tables.js';
import { KycWebhookSecrets, KycWebhookSignatureGuard } from './infrastructure/kyc-secrets.js';
import { KycRepository } from './infrastructure/persistence/kyc.repository.js';
import { RefreshTokenRepository } from './infrastructure/persistence/refresh-token.repository.js';
import { SandboxKycProvider } from './infrastructure/sandbox/sandbox-kyc.provider.js';
import { sandboxOrUnavailable } from '../../shared/http/index.js';
import { KYC_PROVIDER } from './ports/kyc-provider.port.js';

/** Sign-up, login, sessions and roles; KYC through the KYC provider port; linked bank accounts; the operators' customer list. */
@Module({
  imports: [ConfigModule.forFeature(customersConfig), SessionsModule],
  controllers: [AuthController, MeController, KycController, KycWebhookController, BankAccountsController, AdminCustomersController, AdminOperatorsController],
  providers: [
    CustomerTables,
    CustomerRolesRepository,
    OperatorRoleActions,
    CustomerRepository,
    KycRepository,
    BankAccountRepository,
    RefreshTokenRepository,
    SessionIssuer,
    RegisterCustomerHandler,
    LoginHandler,
    RefreshSessionHandler,
    LogOutHandler,
    ChangePasswordHandler,
    SubmitKycHandler,
    RecordKycDecisionHandler,
    LinkBankAccountHandler,
    RemoveBankAccountHandler,
    GetCustomerHandler,
    FindCustomerByDepositReferenceHandler,
    FindCustomerByContactHandler,
    GetKycStateHandler,
    GetVerifiedCountryHandler,
    ListBankAccountsHandler,
    GetBankAccountHandler,
    ListCustomersHandler,
    KycSubmitter,
    KycWebhookSecrets,
    KycWebhookSignatureGuard,
    FirstAdmin,
    sandboxOrUnavailable(KYC_PROVIDER, SandboxKycProvider, 'KYC provider', ['submit']),
  ],
})
export class CustomersModule {}
