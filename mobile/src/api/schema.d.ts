// Generated from openapi.json by `npm run mobile:api` (test/arch/api-client.spec.ts); do not edit.
export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Customers, a page at a time, with personal data masked */
        get: operations["AdminCustomersController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/customers/{customerId}/freeze": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Freeze a customer's wallet: it can neither send nor receive */
        post: operations["ComplianceController_freeze"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/customers/{customerId}/unfreeze": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Unfreeze a customer's wallet */
        post: operations["ComplianceController_unfreeze"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/customers/{customerId}/wallet-recovery": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a customer to a new custodial key and wallet (lost or compromised key): the token moves the balance and the identity */
        post: operations["AdminWalletRecoveryController_recover"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/reserves": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Proof of reserve: tokens in circulation against the omnibus balance and the card funds at the acquirer */
        get: operations["MoneyController_reserves"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/suspense": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Credits that could not be matched to a verified, unfrozen customer */
        get: operations["SuspenseController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/suspense/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give a credit in suspense to a customer: it is minted to their wallet */
        post: operations["SuspenseController_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/suspense/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a credit in suspense back to its sender (a SEPA payout to the debtor account) */
        post: operations["SuspenseController_returnToSender"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/topups/{id}/refund": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refund a completed card top-up: the tokens are burned, then the card is refunded (refused if the customer no longer holds them) */
        post: operations["TopUpsController_refund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/wallet-recoveries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AdminWalletRecoveryController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/withdrawals/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Four eyes: approve a withdrawal above the threshold (the approver is not the requester) */
        post: operations["WithdrawalsController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/withdrawals/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refuse a withdrawal waiting for approval; the reserved amount is spendable again */
        post: operations["WithdrawalsController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rotate a refresh token; presenting a used one revokes the whole session family */
        post: operations["AuthController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a customer account */
        post: operations["AuthController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MeController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Spendable now, on hold, and on the way in and out */
        get: operations["MoneyController_balance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/bank-accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["BankAccountsController_list"];
        put?: never;
        /** Link one of your own bank accounts (withdrawals are paid out to it) */
        post: operations["BankAccountsController_link"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/bank-accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["BankAccountsController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/deposit-instructions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where and how to send a SEPA transfer that tops up this account */
        get: operations["MoneyController_depositInstructions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Live updates: your operations and balance changed (server-sent events)
         * @description A server-sent events stream (`text/event-stream`) for the signed-in customer, fed by the domain events the outbox relay publishes. Events: `ready` (connected), `operation` (`{kind, event, operationId, operationType, occurredAt}`: an operation of yours changed, read it with `GET /v1/operations/{id}`; also your balance), `kyc` (`{kind, event, occurredAt}`: your KYC was decided, read `GET /v1/me/kyc`) and `heartbeat` every 20 s. Hints only, delivered at least once; when the stream drops, poll.
         */
        get: operations["CustomerEventsController_events"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/kyc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["KycController_state"];
        put?: never;
        /** Submit identity data to the KYC provider; the decision follows asynchronously (GET /v1/me/kyc, GET /v1/me) */
        post: operations["KycController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/operations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MoneyController_operations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/topups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Top up by card: creates the card payment to pay at the acquirer; the amount is minted once it is captured */
        post: operations["TopUpsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send money to another customer by e-mail, phone or wallet address
         * @description Refused at once (422, nothing held) when the money is not there or the recipient cannot receive; otherwise the transfer is pending and settles on chain in a moment.
         */
        post: operations["TransfersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/withdrawals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw to one of your linked IBANs
         * @description The amount is put on hold on chain, paid out by SEPA, and burned once the bank confirms; a rejected or returned payout releases the hold. Above the approval threshold an admin approves first.
         */
        post: operations["WithdrawalsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/operations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One operation: its owner (either side of a transfer) or an admin only */
        get: operations["MoneyController_operation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sandbox/acquirer/checkout/{paymentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sandbox: the hosted payment page (card form) of a card payment */
        get: operations["SandboxCheckoutController_form"];
        put?: never;
        /** Sandbox: the card form posts here; answers the 3-D Secure challenge, the outcome, or a redirect back to the app */
        post: operations["SandboxCheckoutController_pay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sandbox/acquirer/checkout/{paymentId}/3ds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sandbox: the 3-D Secure challenge posts here; then back to the app */
        post: operations["SandboxCheckoutController_challenge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sandbox/acquirer/payments/{paymentId}/3ds/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sandbox: the cardholder completes the 3-D Secure challenge */
        post: operations["SandboxAcquirerController_completeThreeDSecure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sandbox/acquirer/payments/{paymentId}/chargeback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sandbox: the card issuer charges the payment back (a lost dispute) */
        post: operations["SandboxAcquirerController_chargeBack"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sandbox/acquirer/payments/{paymentId}/pay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sandbox: the cardholder pays with a test card; the acquirer notifies the platform by webhook */
        post: operations["SandboxAcquirerController_pay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sandbox/acquirer/payments/{paymentId}/webhooks/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sandbox: deliver every notification about this payment again, several times at once and in shuffled order */
        post: operations["SandboxAcquirerController_redeliver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sandbox/bank/incoming-transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sandbox: a SEPA credit transfer arrives on the omnibus account; the bank notifies the platform by webhook */
        post: operations["SandboxBankController_incomingTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sandbox/bank/webhooks/{webhookId}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sandbox: deliver a notification again, several times at once (as flaky banks do) */
        post: operations["SandboxBankController_redeliver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sandbox/kyc/applications/{applicationId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sandbox: the provider’s reviewer decides a case now; the signed webhook follows asynchronously */
        post: operations["SandboxKycController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sandbox/kyc/webhooks/{webhookId}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sandbox: deliver a decision again, several times at once */
        post: operations["SandboxKycController_redeliver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The EURT token: chain, addresses, symbol and decimals */
        get: operations["MoneyController_token"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/acquirer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Notifications from the card acquirer (signed; stale or replayed deliveries are refused) */
        post: operations["AcquirerWebhookController_receive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/bank": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Notifications from the bank (signed; stale or replayed deliveries are refused) */
        post: operations["BankWebhookController_receive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/kyc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decisions from the KYC provider (signed; stale or replayed deliveries are refused) */
        post: operations["KycWebhookController_receive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AcquirerWebhook: {
            createdAt: string;
            data: components["schemas"]["CardPaymentData"];
            id: string;
            /** @enum {string} */
            type: "payment.requires_payment_method" | "payment.requires_action" | "payment.captured" | "payment.declined" | "payment.refunded" | "payment.charged_back";
        };
        AdminCustomerPageResponse: {
            items: components["schemas"]["AdminCustomerResponse"][];
            /** @description Pass as `cursor` for the next page; absent on the last page */
            nextCursor?: string;
        };
        AdminCustomerResponse: {
            createdAt: string;
            /** @example a***@example.com */
            email: string;
            /** @example A** L******* */
            fullName: string;
            id: string;
            /** @enum {string} */
            kycStatus: "none" | "pending" | "approved" | "rejected";
            /** @example +33*******78 */
            phone: string;
            roles: string[];
            walletAddress?: string;
            /** @enum {string} */
            walletStatus?: "created" | "identity_pending" | "registered" | "identity_failed";
        };
        AssignSuspenseRequest: {
            /** @description The customer the credit belongs to */
            customerId: string;
        };
        BalanceResponse: {
            /** @description Spendable now, in cents */
            available: string;
            /** @example EUR */
            currency: string;
            /** @example 2 */
            decimals: number;
            /** @description On hold for pending withdrawals, in cents */
            held: string;
            /** @description Received by the bank, not yet minted, in cents */
            pendingIn: string;
            /** @description Leaving, not yet settled, in cents */
            pendingOut: string;
        };
        BankAccountListResponse: {
            items: components["schemas"]["BankAccountResponse"][];
        };
        BankAccountResponse: {
            createdAt: string;
            holderName: string;
            id: string;
            /**
             * @description Masked: the full IBAN is never returned
             * @example DE89 **** 3000
             */
            maskedIban: string;
        };
        BankWebhookEnvelope: {
            createdAt: string;
            data: Record<string, never>;
            id: string;
            /** @enum {string} */
            type: "credit.received" | "payout.sent" | "payout.settled" | "payout.returned";
        };
        CardPaymentData: {
            /**
             * @description Amount in minor units (euro cents), as a decimal string
             * @example 2500
             */
            amount: string;
            /** @example EUR */
            currency: string;
            declineCode?: string;
            paymentId: string;
            /** @enum {string} */
            status: "requires_payment_method" | "requires_action" | "captured" | "declined" | "refunded" | "charged_back";
        };
        CheckoutCardForm: {
            /** @description Where the cardholder goes back to: this origin or one of CORS_ORIGINS */
            returnUrl: string;
        };
        CheckoutChallengeForm: {
            /** @description Where the cardholder goes back to: this origin or one of CORS_ORIGINS */
            returnUrl: string;
        };
        CounterpartyResponse: {
            /** @description The wallet on the other side */
            address: string;
        };
        CreateTransferRequest: {
            /**
             * @description Amount in minor units (euro cents), as a decimal string
             * @example 2500
             */
            amount: string;
            /** @example Dinner */
            note?: string;
            /** @description Exactly one of email, phone or address */
            to: components["schemas"]["TransferRecipientRequest"];
        };
        CreateWithdrawalRequest: {
            /**
             * @description Amount in minor units (euro cents), as a decimal string
             * @example 2500
             */
            amount: string;
            /** @description One of your linked bank accounts (GET /v1/me/bank-accounts) */
            bankAccountId: string;
        };
        DepositInstructionsResponse: {
            beneficiary: string;
            bic: string;
            /** @example EUR */
            currency: string;
            iban: string;
            /** @description ISO 11649 creditor reference: quote it as the remittance information */
            reference: string;
        };
        ForceKycDecisionRequest: {
            /** @enum {string} */
            outcome: "approved" | "rejected";
            /**
             * @description Reason code of a rejection
             * @example DOCUMENT_EXPIRED
             */
            reason?: string;
        };
        FreezeResponse: {
            /** @description The chain transaction carrying it (queued, then confirmed) */
            chainTransaction: Record<string, never>;
            customerId: string;
            /** @description What was asked: the wallet can neither send nor receive while frozen */
            frozen: boolean;
            walletAddress: string;
        };
        IncomingTransferRequest: {
            /**
             * @description Amount in minor units (euro cents), as a decimal string
             * @example 2500
             */
            amount: string;
            /** @example EUR */
            currency: string;
            /** @description Remittance information: the customer’s deposit reference */
            reference: string;
            /** @example DE89370400440532013000 */
            senderIban: string;
            /** @example Ada Lovelace */
            senderName: string;
        };
        KycAddressDto: {
            /** @example Paris */
            city: string;
            /**
             * @description ISO 3166-1 alpha-2 or alpha-3
             * @example FR
             */
            country: string;
            /** @example 12 rue de la Paix */
            line1: string;
            line2?: string;
            /** @example 75002 */
            postalCode: string;
        };
        KycDecisionData: {
            applicationId: string;
            checkId: string;
            /** @enum {string} */
            outcome: "approved" | "rejected";
            /** @example DOCUMENT_REJECTED */
            reason?: string;
        };
        KycStateResponse: {
            applicationId?: string;
            /** @enum {string} */
            kycStatus: "none" | "pending" | "approved" | "rejected";
            /** @description The provider’s reason code when rejected; submit again with corrected data */
            rejectionReason?: string;
        };
        KycWebhookEnvelope: {
            createdAt: string;
            data: components["schemas"]["KycDecisionData"];
            id: string;
            /** @enum {string} */
            type: "kyc.check.completed";
        };
        LinkBankAccountRequest: {
            /** @example Ada Lovelace */
            holderName: string;
            /**
             * @description ISO 13616 IBAN of a SEPA country; spaces allowed
             * @example DE89 3704 0044 0532 0130 00
             */
            iban: string;
        };
        LoginRequest: {
            /** @example ada@example.com */
            email: string;
            password: string;
        };
        MeResponse: {
            /** @description ISO 11649 creditor reference to quote on bank transfers */
            depositReference: string;
            email: string;
            fullName: string;
            id: string;
            /** @enum {string} */
            kycStatus: "none" | "pending" | "approved" | "rejected";
            phone: string;
            roles: string[];
            /** @description Absent until the custodial wallet exists */
            walletAddress?: string;
        };
        OperationPageResponse: {
            items: components["schemas"]["OperationResponse"][];
            nextCursor: string | null;
        };
        OperationResponse: {
            /** @description Cents */
            amount: string;
            /** @description Withdrawal above the threshold: the admin who approved it */
            approvedBy?: string;
            /** @description Withdrawal: the linked bank account paid */
            bankAccountId?: string;
            counterparty?: components["schemas"]["CounterpartyResponse"];
            createdAt: string;
            /** @example EUR */
            currency: string;
            /**
             * @description Transfers: seen from the caller
             * @enum {string}
             */
            direction?: "incoming" | "outgoing";
            /** @description Withdrawal: the SEPA end-to-end id of the payout */
            endToEndId?: string;
            history: components["schemas"]["StatusChangeResponse"][];
            id: string;
            note?: string;
            /**
             * @description Transfers: chain = made on chain, not through the platform
             * @enum {string}
             */
            origin?: "platform" | "chain";
            /** @description Top-up: the card payment at the acquirer */
            paymentId?: string;
            /** @description Why it failed, for a person */
            reason?: string;
            /**
             * @description Why it failed, for a program
             * @example INSUFFICIENT_FUNDS
             */
            reasonCode?: string;
            /** @description Credit of a payout returned after settlement: the withdrawal it gives back */
            returnOf?: string;
            /** @description Reversed top-up: cents that could not be burned (flagged; the wallet is frozen) */
            shortfall?: string;
            /** @description transfer: pending, submitted, completed, failed; deposit: received, minting, completed, suspense, returned; topup: created, authorized, minting, completed, declined, refunded, charged_back; withdrawal: awaiting_approval, pending, funds_held, payout_sent, completed, payout_failed, released, failed, rejected */
            status: string;
            /**
             * @description Outgoing transfers: the recipient as the sender named them
             * @example {
             *       "email": "bob@example.com"
             *     }
             */
            to?: Record<string, never>;
            transactionHash?: string;
            /** @enum {string} */
            type: "deposit" | "topup" | "transfer" | "withdrawal";
            updatedAt: string;
        };
        PayRequest: {
            /**
             * @description 4242424242424242 succeeds, 4000000000000002 is declined, 4000000000003220 needs 3-D Secure
             * @example 4242424242424242
             */
            cardNumber: string;
        };
        RedeliverKycWebhookRequest: {
            /** @default 1 */
            times: number;
        };
        RedeliverPaymentWebhooksRequest: {
            /** @default 1 */
            times: number;
        };
        RedeliverRequest: {
            /** @default 1 */
            times: number;
        };
        RefreshRequest: {
            refreshToken: string;
        };
        RegisterRequest: {
            /** @example ada@example.com */
            email: string;
            /** @example Ada Lovelace */
            fullName: string;
            /** @description At least 12 characters */
            password: string;
            /**
             * @description International format
             * @example +33612345678
             */
            phone: string;
        };
        RegisterResponse: {
            id: string;
        };
        ReservesResponse: {
            /** @description Card funds the acquirer holds for the platform (captured, not yet paid out), in cents */
            acquirerBalance: string;
            /** @description Every token in circulation is covered: omnibusBalance + acquirerBalance >= totalSupply */
            backed: boolean;
            /** @description Held but not tokens: deposits being minted or in suspense, card top-ups captured and not yet minted or being refunded, in cents */
            inFlight: string;
            /** @description Booked balance of the omnibus account, in cents */
            omnibusBalance: string;
            /** @description omnibusBalance + acquirerBalance + shortfall == totalSupply + inFlight: the books and the chain agree to the cent */
            reconciled: boolean;
            /** @description Tokens a refund or chargeback could not burn (flagged top-ups), in cents */
            shortfall: string;
            /** @description Tokens in circulation (on chain), in cents */
            totalSupply: string;
        };
        SessionResponse: {
            accessToken: string;
            /** @description Access token lifetime in seconds */
            expiresIn: number;
            refreshToken: string;
            /** @enum {string} */
            tokenType: "Bearer";
        };
        StatusChangeResponse: {
            at: string;
            reason?: string;
            status: string;
        };
        SubmitKycRequest: {
            address: components["schemas"]["KycAddressDto"];
            /**
             * @description YYYY-MM-DD; the customer must be at least 18
             * @example 1990-04-21
             */
            dateOfBirth: string;
            /**
             * @description Sandbox: a number starting with REJECT is rejected, anything else approved
             * @example 18AB12345
             */
            documentNumber: string;
            /** @enum {string} */
            documentType: "passport" | "id_card" | "driving_licence" | "residence_permit";
            /**
             * @description ISO 3166-1 alpha-2 or alpha-3
             * @example FR
             */
            nationality: string;
        };
        SuspenseItemResponse: {
            amount: string;
            currency: string;
            /** @description The customer the reference matched, if any */
            customerId?: string;
            /** @description The deposit (the bank transaction id) */
            id: string;
            /** @description Why it could not be minted */
            reason: string;
            receivedAt: string;
            /** @description Remittance information as the payer typed it */
            reference: string;
        };
        SuspenseListResponse: {
            items: components["schemas"]["SuspenseItemResponse"][];
        };
        ThreeDSecureRequest: {
            /**
             * @description false: the cardholder fails the challenge
             * @default true
             */
            succeeded: boolean;
        };
        TokenResponse: {
            address: string;
            chainId: number;
            /** @example 2 */
            decimals: number;
            identityRegistry: string;
            /** @example EURT */
            symbol: string;
        };
        TopUpRequest: {
            /**
             * @description Amount in minor units (euro cents), as a decimal string
             * @example 2500
             */
            amount: string;
        };
        TopUpResponse: {
            id: string;
            /** @description The card payment to pay at the acquirer */
            paymentId: string;
            /** @example created */
            status: string;
        };
        TransferRecipientRequest: {
            /** @example 0x52908400098527886E0F7030069857D2E4169EE7 */
            address?: string;
            /** @example bob@example.com */
            email?: string;
            /** @example +33612345678 */
            phone?: string;
        };
        WalletRecoveryResponse: {
            createdAt: string;
            customerId: string;
            /** @description Why it failed, e.g. EURTActiveHolds */
            error?: string;
            id: string;
            lostAddress: string;
            newAddress: string;
            requestedBy: string;
            /** @enum {string} */
            status: "requested" | "submitted" | "completed" | "failed";
            updatedAt: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AdminCustomersController_list: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminCustomerPageResponse"];
                };
            };
        };
    };
    ComplianceController_freeze: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FreezeResponse"];
                };
            };
        };
    };
    ComplianceController_unfreeze: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FreezeResponse"];
                };
            };
        };
    };
    AdminWalletRecoveryController_recover: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalletRecoveryResponse"];
                };
            };
        };
    };
    MoneyController_reserves: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReservesResponse"];
                };
            };
        };
    };
    SuspenseController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuspenseListResponse"];
                };
            };
        };
    };
    SuspenseController_assign: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique per operation (e.g. a UUID); retries reuse it */
                "Idempotency-Key": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignSuspenseRequest"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperationResponse"];
                };
            };
        };
    };
    SuspenseController_returnToSender: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique per operation (e.g. a UUID); retries reuse it */
                "Idempotency-Key": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperationResponse"];
                };
            };
        };
    };
    TopUpsController_refund: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique per operation (e.g. a UUID); retries reuse it */
                "Idempotency-Key": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperationResponse"];
                };
            };
        };
    };
    AdminWalletRecoveryController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalletRecoveryResponse"];
                };
            };
        };
    };
    WithdrawalsController_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperationResponse"];
                };
            };
        };
    };
    WithdrawalsController_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperationResponse"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponse"];
                };
            };
        };
    };
    AuthController_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponse"];
                };
            };
        };
    };
    AuthController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisterResponse"];
                };
            };
        };
    };
    MeController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeResponse"];
                };
            };
        };
    };
    MoneyController_balance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BalanceResponse"];
                };
            };
        };
    };
    BankAccountsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankAccountListResponse"];
                };
            };
        };
    };
    BankAccountsController_link: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkBankAccountRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankAccountResponse"];
                };
            };
        };
    };
    BankAccountsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MoneyController_depositInstructions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepositInstructionsResponse"];
                };
            };
        };
    };
    CustomerEventsController_events: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An endless stream of `event: <type>` / `data: <json>` messages */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
        };
    };
    KycController_state: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KycStateResponse"];
                };
            };
        };
    };
    KycController_submit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitKycRequest"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KycStateResponse"];
                };
            };
        };
    };
    MoneyController_operations: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperationPageResponse"];
                };
            };
        };
    };
    TopUpsController_create: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique per operation (e.g. a UUID); retries reuse it */
                "Idempotency-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TopUpRequest"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TopUpResponse"];
                };
            };
        };
    };
    TransfersController_create: {
        parameters: {
            query?: never;
            header: {
                "idempotency-key": string;
                /** @description Unique per operation (e.g. a UUID); retries reuse it */
                "Idempotency-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTransferRequest"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperationResponse"];
                };
            };
        };
    };
    WithdrawalsController_create: {
        parameters: {
            query?: never;
            header: {
                "idempotency-key": string;
                /** @description Unique per operation (e.g. a UUID); retries reuse it */
                "Idempotency-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWithdrawalRequest"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperationResponse"];
                };
            };
        };
    };
    MoneyController_operation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperationResponse"];
                };
            };
        };
    };
    SandboxCheckoutController_form: {
        parameters: {
            query: {
                /** @description Where the cardholder goes back to: this origin or one of CORS_ORIGINS */
                returnUrl: string;
            };
            header?: never;
            path: {
                paymentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SandboxCheckoutController_pay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                paymentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckoutCardForm"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SandboxCheckoutController_challenge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                paymentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckoutChallengeForm"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SandboxAcquirerController_completeThreeDSecure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                paymentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ThreeDSecureRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SandboxAcquirerController_chargeBack: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                paymentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SandboxAcquirerController_pay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                paymentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PayRequest"];
            };
        };
        responses: {
            /** @description The payment; `nextAction` when 3-D Secure is required */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SandboxAcquirerController_redeliver: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                paymentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RedeliverPaymentWebhooksRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SandboxBankController_incomingTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IncomingTransferRequest"];
            };
        };
        responses: {
            /** @description Booked; the credit.received webhook follows asynchronously */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SandboxBankController_redeliver: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RedeliverRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SandboxKycController_decide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ForceKycDecisionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        webhookId?: string;
                    };
                };
            };
        };
    };
    SandboxKycController_redeliver: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RedeliverKycWebhookRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MoneyController_token: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
        };
    };
    AcquirerWebhookController_receive: {
        parameters: {
            query?: never;
            header?: {
                /** @description t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>"> */
                "x-signature"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcquirerWebhook"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        status?: "recorded";
                    };
                };
            };
        };
    };
    BankWebhookController_receive: {
        parameters: {
            query?: never;
            header?: {
                /** @description t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>"> */
                "x-signature"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BankWebhookEnvelope"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        status?: "recorded" | "duplicate-credit" | "unchanged";
                    };
                };
            };
        };
    };
    KycWebhookController_receive: {
        parameters: {
            query?: never;
            header?: {
                /** @description t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>"> */
                "x-signature"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KycWebhookEnvelope"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        status?: "recorded" | "already-decided";
                    };
                };
            };
        };
    };
}
