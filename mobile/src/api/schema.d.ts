// Generated from openapi.json by `npm run mobile:api` (test/arch/api-client.spec.ts); do not edit.
export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness: the process answers
         * @description Public.
         */
        get: operations["getLiveness"];
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
        /**
         * Readiness: DynamoDB and the chain answer, signing accounts funded
         * @description Public. 503 when a dependency is down or a signing account holds less ETH than CHAIN_SIGNER_LOW_BALANCE_ETH.
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Requests waiting for a second operator (or decided ones)
         * @description Roles: `admin`, `compliance`, `treasury`. Newest first, with what approving will do and who asked.
         */
        get: operations["listApprovals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/approvals/{approvalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One approval request
         * @description Roles: `admin`, `compliance`, `treasury`.
         */
        get: operations["getApproval"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/approvals/{approvalId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a request: the action takes effect now
         * @description Roles: any operator (`admin`, `compliance`, `treasury`) holding one of the roles the action names (pause, unpause, role changes, withdrawals above the threshold, suspense assign and return, top-up refunds, corrections: `admin`; unfreeze and wallet recovery: `admin` or `compliance`; shortfall recovery: `admin` or `treasury`). The operator who requested it cannot approve it (`APPROVALS.FOUR_EYES`), nor can an operator whose own customer account it concerns (`APPROVALS.SELF_DEALING`, also refused when requested).
         */
        post: operations["approveRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/approvals/{approvalId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a request (or withdraw your own)
         * @description Roles: any operator (`admin`, `compliance`, `treasury`) holding one of the roles the action names (pause, unpause, role changes, withdrawals above the threshold, suspense assign and return, top-up refunds, corrections: `admin`; unfreeze and wallet recovery: `admin` or `compliance`; shortfall recovery: `admin` or `treasury`). Nothing takes effect.
         */
        post: operations["rejectRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit trail, newest first
         * @description Roles: `admin`, `compliance`. Every domain event and every change made through the API, append-only and hash-chained. Filters combine; pages follow `nextCursor`.
         */
        get: operations["listAuditEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Re-compute the audit hash chain and report the first break
         * @description Roles: `admin`, `compliance`. Walks the whole chain from its first entry; an edited, removed or inserted entry is reported as `firstBreak`.
         */
        get: operations["verifyAuditChain"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/chain-transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Platform transactions still open (oldest first) or failed (newest first)
         * @description Roles: `admin`, `treasury`. With their nonce, age and error: a transaction open for long is stuck.
         */
        get: operations["listChainTransactions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/chain-transactions/{key}/replace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask to re-send a stuck transaction with the same nonce at a higher fee
         * @description Roles: `admin`, `treasury`. Maker-checker: this creates an approval request; once a different operator approves it, the transaction is signed again with its nonce at +25% on both fee fields (at most CHAIN_MAX_FEE_PER_GAS_GWEI), and the operation follows whichever attempt is mined. Only a broadcast transaction not mined yet qualifies.
         */
        post: operations["requestChainTransactionReplacement"];
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
        /**
         * Customers, a page at a time, or the one with an e-mail or phone
         * @description Roles: `admin`, `compliance`. Personal data masked. `email` or `phone` finds the account through the blind index (exact match, case-insensitive e-mail); operator-only accounts are not listed as customers.
         */
        get: operations["listCustomers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/customers/{customerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One customer: KYC and identity state, wallet, frozen, balance, limits
         * @description Roles: `admin`, `compliance`. Personal data masked.
         */
        get: operations["getCustomer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/customers/{customerId}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One customer's audit trail, newest first
         * @description Roles: `admin`, `compliance`. What concerned this customer: their operations (also as a transfer's recipient), their KYC, their wallet, and operators' actions on them.
         */
        get: operations["listCustomerAuditEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/customers/{customerId}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask for a manual correction of a customer's balance: a mint to or a burn from their wallet, with its reason
         * @description Roles: `admin`. Maker-checker: creates an approval request (`correction.mint` or `correction.burn`); a different admin approves it, and the chain transaction (keyed by the approval, sent once) carries it out: its key is the approval's `resultId`, followed in `GET /v1/admin/chain-transactions`. A mint must keep the supply within the attested reserve; a burn takes only spendable tokens. Send an `Idempotency-Key`.
         */
        post: operations["requestBalanceCorrection"];
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
        post: operations["freezeCustomerWallet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/customers/{customerId}/identity/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a customer's failed identity registration (`identity_failed`) again
         * @description Roles: `admin`, `compliance`. For a wallet whose on-chain onboarding reverted, once its cause is fixed (see the failed chain transaction's error in `GET /v1/admin/chain-transactions?status=failed`): the next attempt is recorded, then sent as a new transaction. Credits that waited for the identity are minted when it registers; ones already in suspense are assigned from there.
         */
        post: operations["retryIdentityOnboarding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/customers/{customerId}/kyc/revocation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A customer's KYC revocation and its refresh of the other wallets
         * @description Roles: `admin`, `compliance`.
         */
        get: operations["getKycRevocation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/customers/{customerId}/kyc/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a customer's KYC: their claim is revoked on chain and they can no longer hold, send or receive EURT
         * @description Roles: `admin`, `compliance`. Takes effect at once on the platform (the wallet becomes `kyc_revoked`: transfers, deposits and withdrawals are refused) and, once mined, on chain. The contracts' revocation unverifies every wallet at once; the platform then re-verifies every other verified wallet (`refreshBatch`), as a persisted operation that resumes after a crash. Asking again returns the same revocation. Follow it with `GET /v1/admin/customers/{customerId}/kyc/revocation`.
         */
        post: operations["revokeCustomerKyc"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/customers/{customerId}/operations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One customer's operations, newest first
         * @description Roles: `admin`, `compliance`. The same views the customer sees.
         */
        get: operations["listCustomerOperations"];
        put?: never;
        post?: never;
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
        /**
         * Ask to unfreeze a customer's wallet
         * @description Roles: `admin`, `compliance`. Maker-checker: creates an approval request; the wallet is unfrozen when a different operator approves it.
         */
        post: operations["requestUnfreeze"];
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
        /**
         * Ask to move a customer to a new custodial key and wallet (lost or compromised key): the token moves the balance and the identity
         * @description Roles: `admin`, `compliance`. Maker-checker: creates an approval request (`wallet.recover`); a different operator approves it, and its `resultId` is then the recovery, followed with `GET /v1/admin/wallet-recoveries/{id}`.
         */
        post: operations["requestWalletRecovery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/event-forwarding/failures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Events EventBridge keeps refusing
         * @description Roles: `admin`, `treasury`. Each is still retried with backoff; the metric `eurt_eventbridge_failing_events` counts them. Empty when forwarding is off.
         */
        get: operations["listForwardingFailures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/operations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Operations by type, status, customer and time (e.g. deposits stuck in `minting`)
         * @description Roles: `admin`, `compliance`, `treasury`. Without `customerId` the operations not final yet are searched (what needs an operator); with it, all of that customer's. Newest first, at most 200.
         */
        get: operations["listOperations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/operators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Accounts holding an operator role
         * @description Roles: `admin`. `admin`: everything operators do, including pause/unpause, operator roles, wallet recovery, suspense, refunds, withdrawal approval. `compliance`: customers (read, search), freeze and unfreeze, the audit trail, approvals of compliance actions. `treasury`: reserves and attestations, operations, chain transactions, shortfalls. Sensitive actions are maker-checker: requested by one operator, effective when a different one approves.
         */
        get: operations["listOperators"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/operators/{customerId}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask to grant an operator role
         * @description Roles: `admin`. Maker-checker: creates an approval request; the role changes when a different admin approves, from the account's next login or token refresh.
         */
        post: operations["requestRoleGrant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/operators/{customerId}/roles/revocations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask to revoke an operator role
         * @description Roles: `admin`. Maker-checker: creates an approval request; the role changes when a different admin approves, from the account's next login or token refresh.
         */
        post: operations["requestRoleRevocation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/operators/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask to make a registered account an operator
         * @description Roles: `admin`. Maker-checker: creates an approval request; the role changes when a different admin approves, from the account's next login or token refresh. The person registers first; the invitation names their e-mail.
         */
        post: operations["inviteOperator"];
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
        get: operations["getReserves"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/reserves/attestations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reserve attestations sent before mint batches, newest first
         * @description Roles: `admin`, `treasury`. What was attested, when, by which key; today's figures are at `GET /v1/admin/reserves`.
         */
        get: operations["listReserveAttestations"];
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
        /**
         * Credits that could not be matched to a verified, unfrozen customer
         * @description Roles: `admin`. Oldest first.
         */
        get: operations["listSuspenseItems"];
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
        /**
         * Ask to give a credit in suspense to a customer: once approved it is minted to their wallet
         * @description Roles: `admin`. Maker-checker: this creates an approval request (`GET /v1/admin/approvals`); it takes effect when a different admin approves it, once however often it is approved or retried. Send an `Idempotency-Key`: the same key returns the same request.
         */
        post: operations["requestSuspenseAssignment"];
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
        /**
         * Ask to send a credit in suspense back to its sender (a SEPA payout to the debtor account)
         * @description Roles: `admin`. Maker-checker: this creates an approval request (`GET /v1/admin/approvals`); it takes effect when a different admin approves it, once however often it is approved or retried. Send an `Idempotency-Key`: the same key returns the same request.
         */
        post: operations["requestSuspenseReturn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/token/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask to pause the token (no transfer, mint or burn)
         * @description Roles: `admin`. Maker-checker: this creates an approval request; the token changes only when a different admin approves it.
         */
        post: operations["requestTokenPause"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/token/unpause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask to unpause the token
         * @description Roles: `admin`. Maker-checker: this creates an approval request; the token changes only when a different admin approves it.
         */
        post: operations["requestTokenUnpause"];
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
        /**
         * Ask to refund a completed card top-up: once approved the tokens are burned, then the card is refunded through the acquirer
         * @description Roles: `admin`. Maker-checker: creates an approval request (`topup.refund`); a different admin approves it. Refused if the customer no longer holds the amount (`TOPUPS.INSUFFICIENT_BALANCE`), checked again when it is carried out. Send an `Idempotency-Key`.
         */
        post: operations["requestTopUpRefund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/topups/{id}/shortfall-recovery": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask to recover a reversed top-up's flagged shortfall from the customer's later credits (a burn)
         * @description Roles: `admin`, `treasury`. A refund or chargeback the balance could not cover leaves `shortfall` cents unbacked (see `GET /v1/admin/reserves`) and the wallet frozen; once the customer holds tokens again (after an approved unfreeze, e.g. a payment from another customer) this burns `amount` of them. A SEPA credit from the customer pays an open shortfall by itself (the deposit then shows `shortfallCovered`; only the rest is minted); this route is for tokens the customer holds. Maker-checker (`topup.recover-shortfall`): a different operator approves; the shortfall shrinks when the burn confirms. Send an `Idempotency-Key`.
         */
        post: operations["requestShortfallRecovery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/topups/{id}/shortfall-write-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask to write off a reversed top-up's flagged shortfall: the platform takes the loss, the customer no longer owes it
         * @description Roles: `treasury` asks (with a `reason`), a different `treasury` or `admin` operator approves (maker-checker, `topup.write-off-shortfall`). Nothing moves on chain: the write-off is recorded on the top-up with its reason and both operators, the shortfall shrinks by `amount`, and `GET /v1/admin/reserves` shows it under `writtenOff` (tokens the platform's own funds must cover) instead of `shortfall`. At most the shortfall not being recovered by a burn (`TOPUPS.NO_SHORTFALL`). An operator cannot write off their own shortfall (`APPROVALS.SELF_DEALING`). Send an `Idempotency-Key`.
         */
        post: operations["requestShortfallWriteOff"];
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
        /**
         * A wallet recovery and its state
         * @description Roles: `admin`.
         */
        get: operations["getWalletRecovery"];
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
        /**
         * Approve a withdrawal above the threshold (its approval request, by withdrawal id)
         * @description Roles: `admin`. Maker-checker: the customer's withdrawal is the request, listed under `GET /v1/admin/approvals` as `withdrawal.approve`; this approves that request (the same as `POST /v1/admin/approvals/{id}/approve`). The approver must not be the customer who asked (`APPROVALS.FOUR_EYES`). Funds are then held on chain and paid out.
         */
        post: operations["approveWithdrawal"];
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
        /**
         * Refuse a withdrawal waiting for approval; the reserved amount is spendable again
         * @description Roles: `admin`. Rejects the withdrawal's approval request (the same as `POST /v1/admin/approvals/{id}/reject`); nothing is paid out.
         */
        post: operations["rejectWithdrawal"];
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
        /**
         * Log in with e-mail and password
         * @description Public. Answers an access token (Authorize with it in Swagger UI) and a refresh token; the session lasts at most SESSION_MAX_LIFETIME_SECONDS (30 days) from now, however often it is refreshed.
         */
        post: operations["logIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End this session
         * @description Its refresh token stops working and its access tokens are refused from now on.
         */
        post: operations["logOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/logout-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End every session of this account, this one included */
        post: operations["logOutEverywhere"];
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
        /** Rotate a refresh token; presenting a used one ends the whole session */
        post: operations["refreshSession"];
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
        /**
         * Create a customer account, signed in
         * @description Public. Answers the new account's id and a session, as `POST /v1/auth/login` would: no second sign-in is needed.
         */
        post: operations["registerCustomer"];
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
        /**
         * The signed-in account: profile, KYC status, wallet, roles
         * @description Roles: any signed-in account.
         */
        get: operations["getMe"];
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
        get: operations["getMyBalance"];
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
        /**
         * Linked payout accounts, IBANs masked
         * @description Roles: `customer`.
         */
        get: operations["listBankAccounts"];
        put?: never;
        /** Link one of your own bank accounts (withdrawals are paid out to it) */
        post: operations["linkBankAccount"];
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
        /**
         * Remove a linked payout account
         * @description Roles: `customer`.
         */
        delete: operations["removeBankAccount"];
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
        get: operations["getDepositInstructions"];
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
        get: operations["streamMyEvents"];
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
        /**
         * The KYC status and a rejection's reason code
         * @description Roles: `customer`.
         */
        get: operations["getKycState"];
        put?: never;
        /** Submit identity data to the KYC provider; the decision follows asynchronously (GET /v1/me/kyc, GET /v1/me) */
        post: operations["submitKyc"];
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
        /**
         * Deposits, top-ups, transfers and withdrawals, newest first
         * @description Roles: `customer`. Pages follow `nextCursor`.
         */
        get: operations["listMyOperations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the password (the current one is asked for); every other session of the account ends
         * @description Roles: any signed-in account. A wrong current password is a 403 `AUTH.WRONG_PASSWORD`; the new one follows the sign-up rule.
         */
        post: operations["changePassword"];
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
        /**
         * Top up by card: creates the card payment to pay at the acquirer; the amount is minted once it is captured
         * @description Roles: `customer` (verified). Send an `Idempotency-Key`.
         */
        post: operations["createTopUp"];
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
        post: operations["createTransfer"];
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
         * @description The amount is put on hold on chain, paid out by SEPA, and burned once the bank confirms; a rejected or returned payout releases the hold. Above the approval threshold the withdrawal waits in `awaiting_approval` for an admin (maker-checker). Roles: `customer`.
         */
        post: operations["createWithdrawal"];
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
        get: operations["getOperation"];
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
        get: operations["showSandboxCheckoutPage"];
        put?: never;
        /** Sandbox: the card form posts here; answers the 3-D Secure challenge, the outcome, or a redirect back to the app */
        post: operations["submitSandboxCheckoutCard"];
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
        post: operations["submitSandboxCheckoutChallenge"];
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
        post: operations["completeSandboxThreeDSecure"];
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
        post: operations["chargeBackSandboxCardPayment"];
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
        post: operations["paySandboxCardPayment"];
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
        post: operations["redeliverSandboxAcquirerWebhooks"];
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
        post: operations["sendSandboxIncomingTransfer"];
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
        post: operations["redeliverSandboxBankWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sandbox/bank/webhooks/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sandbox: hold every notification back until resumed (to book many credits before the platform hears of them) */
        post: operations["pauseSandboxBankWebhooks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sandbox/bank/webhooks/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sandbox: deliver the held notifications and every later one again */
        post: operations["resumeSandboxBankWebhooks"];
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
        post: operations["decideSandboxKycApplication"];
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
        post: operations["redeliverSandboxKycWebhook"];
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
        get: operations["getToken"];
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
        post: operations["receiveAcquirerWebhook"];
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
        post: operations["receiveBankWebhook"];
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
        post: operations["receiveKycWebhook"];
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
        AdminCustomerDetailResponse: {
            /** Format: date-time */
            createdAt: string;
            /** @example a***@example.com */
            email: string;
            /** @example A** L******* */
            fullName: string;
            /** Format: uuid */
            id: string;
            /** @example DOCUMENT_REJECTED */
            kycRejectionReason?: string;
            /** @enum {string} */
            kycStatus: "none" | "pending" | "approved" | "rejected";
            limits: components["schemas"]["CustomerLimitsResponse"];
            /** @example +33*******78 */
            phone: string;
            /**
             * @example [
             *       "customer"
             *     ]
             */
            roles: string[];
            /** @description Absent until KYC is approved */
            wallet?: components["schemas"]["CustomerWalletResponse"];
        };
        AdminCustomerPageResponse: {
            items: components["schemas"]["AdminCustomerResponse"][];
            /** @description Pass as `cursor` for the next page; absent on the last page */
            nextCursor?: string;
        };
        AdminCustomerResponse: {
            /** Format: date-time */
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
            walletStatus?: "created" | "identity_pending" | "registered" | "identity_failed" | "kyc_revoked";
        };
        AdminOperationListResponse: {
            items: components["schemas"]["AdminOperationResponse"][];
        };
        AdminOperationResponse: {
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
             * Format: uuid
             * @description The customer it belongs to (a transfer's sender)
             */
            customerId?: string;
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
            /** @description Deposit: cents of the credit that paid the customer's open chargeback shortfall first (only the rest is minted) */
            shortfallCovered?: string;
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
            /** @description Reversed top-up: cents of its shortfall the platform wrote off (treasury, maker-checker) */
            writtenOff?: string;
        };
        ApprovalPageResponse: {
            items: components["schemas"]["ApprovalResponse"][];
        };
        ApprovalRequestedResponse: {
            /** @example token.pause */
            action: string;
            /** Format: date-time */
            expiresAt: string;
            /**
             * Format: uuid
             * @description The approval request: a different admin approves it with `POST /v1/admin/approvals/{id}/approve`
             */
            id: string;
            /**
             * @description `pending` until approved; `executed` at once when maker-checker is off for the action
             * @enum {string}
             */
            status: "pending" | "executed" | "failed";
        };
        ApprovalResponse: {
            /**
             * @description The action that takes effect once approved
             * @example token.pause
             */
            action: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            decidedAt?: string;
            /** Format: uuid */
            decidedBy?: string;
            decisionReason?: string;
            /**
             * @description What approving will do
             * @example Pause the EURT token: no transfer, mint or burn until unpaused
             */
            description: string;
            /**
             * Format: date-time
             * @description Not approved by then, the request expires
             */
            expiresAt: string;
            /**
             * @description Why the approved action could not be carried out
             * @example CUSTOMERS.NOT_FOUND
             */
            failureCode?: string;
            /** Format: uuid */
            id: string;
            /**
             * @description The action's parameters (ids and codes)
             * @example {}
             */
            params: {
                [key: string]: string;
            };
            reason?: string;
            /**
             * Format: uuid
             * @description The operator who asked
             */
            requestedBy: string;
            /**
             * @example [
             *       "admin"
             *     ]
             */
            requesterRoles: string[];
            /** @description What the executed action produced (e.g. its chain transaction key) */
            resultId?: string;
            /** @enum {string} */
            status: "pending" | "approved" | "executed" | "failed" | "rejected" | "expired";
        };
        AssignSuspenseRequest: {
            /**
             * Format: uuid
             * @description The customer the credit belongs to
             * @example 3f0c1d2e-4b5a-4c6d-8e7f-9a0b1c2d3e4f
             */
            customerId: string;
            /**
             * @description Why, for the approver and the audit trail
             * @example Sender confirmed by phone: the reference was mistyped (OPS-51)
             */
            reason?: string;
        };
        AuditEntryResponse: {
            /**
             * @description The user id of the authenticated caller who caused it, or `system`
             * @example system
             */
            actor: string;
            /**
             * @description The actor's roles at the time
             * @example [
             *       "admin"
             *     ]
             */
            actorRoles: string[];
            aggregateId: string;
            /**
             * Format: uuid
             * @description The other customer (a transfer's recipient)
             */
            counterpartyId?: string;
            /** Format: uuid */
            customerId?: string;
            /** @description The event's payload: ids, amounts (decimal strings of cents), states, reason codes; no personal data */
            data: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            eventId: string;
            /**
             * @description SHA-256 of the previous entry's hash and this entry
             * @example 9f2c…
             */
            hash: string;
            /** Format: date-time */
            occurredAt: string;
            /** @description The previous entry's hash (64 zeros for the first) */
            previousHash: string;
            /** Format: date-time */
            recordedAt: string;
            /** @description The API request that caused it */
            requestId?: string;
            /**
             * @description Position in the hash chain, from 1
             * @example 42
             */
            seq: number;
            /** @example tokenizer.transfer-completed */
            type: string;
        };
        AuditPageResponse: {
            items: components["schemas"]["AuditEntryResponse"][];
            /** @description Pass as `cursor` for the next page; absent on the last page */
            nextCursor?: string;
        };
        AuditVerificationResponse: {
            entriesChecked: number;
            /** @description The first entry that does not verify */
            firstBreak?: components["schemas"]["ChainBreakResponse"];
            /** @description The newest entry's position */
            headSeq: number;
            /** @example main */
            partition: string;
            /** @description True when every entry re-hashes to its stored hash and links to its predecessor */
            verified: boolean;
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
        ChainBreakResponse: {
            expected: string;
            found: string;
            /** @enum {string} */
            reason: "hash_mismatch" | "previous_hash_mismatch" | "gap";
            seq: number;
        };
        ChainTransactionListResponse: {
            items: components["schemas"]["ChainTransactionSummaryResponse"][];
        };
        ChainTransactionSummaryResponse: {
            /** @description Seconds since it was requested */
            ageSeconds: number;
            /** Format: date-time */
            createdAt: string;
            /** @description Why it failed */
            error?: string;
            /**
             * @description The contract's custom error
             * @example EnforcedPause
             */
            errorName?: string;
            hash?: string;
            /**
             * @description The caller's idempotency key
             * @example deposit:tx-123:mint
             */
            key: string;
            /** @enum {string} */
            kind: "call" | "mint" | "onboard" | "attest" | "batch";
            /** @description The operator account's nonce it was signed with */
            nonce?: number;
            /** @enum {string} */
            status: "queued" | "batched" | "signed" | "broadcast" | "confirmed" | "failed";
            /** Format: date-time */
            updatedAt: string;
        };
        ChangePasswordRequest: {
            currentPassword: string;
            /**
             * @description At least 12 characters
             * @example correct horse battery staple
             */
            newPassword: string;
        };
        CheckoutCardForm: {
            /** @description Where the cardholder goes back to: this origin or one of CORS_ORIGINS */
            returnUrl: string;
        };
        CheckoutChallengeForm: {
            /** @description Where the cardholder goes back to: this origin or one of CORS_ORIGINS */
            returnUrl: string;
        };
        CorrectionRequest: {
            /**
             * @description Amount in minor units (euro cents), as a decimal string
             * @example 2500
             */
            amount: string;
            /**
             * @description `mint`: tokens to the wallet (money the platform holds for the customer but never minted); `burn`: tokens from it (minted without money behind them)
             * @example burn
             * @enum {string}
             */
            direction: "mint" | "burn";
            /**
             * @description Why, for the approver and the audit trail
             * @example Deposit 4711 was minted twice by the incident of 2 March (OPS-88)
             */
            reason: string;
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
            /**
             * @description Exactly one of email, phone or address
             * @example {
             *       "email": "bob@example.com"
             *     }
             */
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
        CustodyReasonDto: {
            /**
             * @description Why, for the approver and the audit trail
             * @example Customer reported a lost phone, identity checked on a video call (OPS-310)
             */
            reason?: string;
        };
        CustomerLimitsResponse: {
            /**
             * @description Withdrawals above this many cents wait for an admin's approval
             * @example 1000000
             */
            withdrawalApprovalThreshold: string;
        };
        CustomerWalletResponse: {
            /** @example 0x52908400098527886E0F7030069857D2E4169EE7 */
            address: string;
            /**
             * @description Balance on chain, euro cents
             * @example 12500
             */
            balance: string;
            /** @description Frozen on the token (neither sends nor receives) */
            frozen: boolean;
            /**
             * @description Partially frozen amount, euro cents
             * @example 0
             */
            frozenAmount: string;
            /**
             * @description Held for withdrawals being paid out, euro cents
             * @example 0
             */
            held: string;
            /** @enum {string} */
            status: "created" | "identity_pending" | "registered" | "identity_failed" | "kyc_revoked";
        };
        DecisionDto: {
            /**
             * @description Why, for the audit trail
             * @example Checked with the compliance ticket OPS-1234
             */
            reason?: string;
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
        ForwardingFailurePageResponse: {
            items: components["schemas"]["ForwardingFailureResponse"][];
        };
        ForwardingFailureResponse: {
            aggregateId: string;
            /** @example 6 */
            attempts: number;
            /** Format: uuid */
            eventId: string;
            /** @example tokenizer.transfer-completed */
            eventType: string;
            /**
             * @description EventBridge's error code of the last attempt
             * @example InternalFailure
             */
            lastError: string;
            /**
             * Format: date-time
             * @description It is retried then, and later events of its aggregate wait for it
             */
            nextAttemptAt: string;
            /** Format: date-time */
            occurredAt: string;
        };
        FreezeResponse: {
            /** @description The chain transaction carrying it (queued, then confirmed) */
            chainTransaction: Record<string, never>;
            customerId: string;
            /** @description What was asked: the wallet can neither send nor receive while frozen */
            frozen: boolean;
            walletAddress: string;
        };
        IdentityRetryResponse: {
            /**
             * @description The onboarding attempt now under way
             * @example 2
             */
            attempt: number;
            /** Format: uuid */
            customerId: string;
            /**
             * @description `identity_pending` while the new attempt is on its way, `registered` once confirmed, `identity_failed` if it reverted again
             * @enum {string}
             */
            status: "created" | "identity_pending" | "registered" | "identity_failed" | "kyc_revoked";
            /** @example 0x5B38Da6a701c568545dCfcB03FcB875f56beddC4 */
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
            /**
             * @description false: the bank books the credit but never sends its webhook (the reconciliation sweep finds it on the statement)
             * @default true
             */
            notify: boolean;
            /**
             * @description Remittance information: the customer’s deposit reference from `GET /v1/me/deposit-instructions` (an unknown one goes to suspense)
             * @example RF18539007547034
             */
            reference: string;
            /** @example DE89370400440532013000 */
            senderIban: string;
            /** @example Ada Lovelace */
            senderName: string;
        };
        InviteOperatorDto: {
            /**
             * Format: email
             * @description The e-mail of an account the person registered with `POST /v1/auth/register`
             * @example new.operator@example.com
             */
            email: string;
            /** @example Joins the compliance team (HR-77) */
            reason?: string;
            /**
             * @example compliance
             * @enum {string}
             */
            role: "admin" | "compliance" | "treasury";
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
        KycRevocationResponse: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            customerId: string;
            error?: string;
            reason?: string;
            /** @description How many other wallets the refresh re-verifies */
            refreshedWallets?: number;
            /**
             * Format: uuid
             * @description The operator who revoked it
             */
            requestedBy: string;
            /**
             * @description `requested`: the claim revocation is on its way; `refreshing`: revoked on chain, the other verified wallets are being re-verified (until then they cannot transfer either); `completed`; `failed` (see `error`)
             * @enum {string}
             */
            status: "requested" | "refreshing" | "completed" | "failed";
            /** Format: date-time */
            updatedAt: string;
            /** @example 0x5B38Da6a701c568545dCfcB03FcB875f56beddC4 */
            walletAddress: string;
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
            /** @example correct horse battery staple */
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
            /**
             * @description The wallet can send and receive once `registered` (its identity is on chain)
             * @enum {string}
             */
            walletStatus?: "created" | "identity_pending" | "registered" | "identity_failed" | "kyc_revoked";
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
            /** @description Deposit: cents of the credit that paid the customer's open chargeback shortfall first (only the rest is minted) */
            shortfallCovered?: string;
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
            /** @description Reversed top-up: cents of its shortfall the platform wrote off (treasury, maker-checker) */
            writtenOff?: string;
        };
        OperatorPageResponse: {
            items: components["schemas"]["OperatorResponse"][];
        };
        OperatorReasonDto: {
            /**
             * @description Why, for the approver and the audit trail
             * @example Incident OPS-42: suspicious minting pattern
             */
            reason?: string;
        };
        OperatorResponse: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /**
             * @example [
             *       "admin"
             *     ]
             */
            roles: ("customer" | "admin" | "compliance" | "treasury")[];
        };
        PayRequest: {
            /**
             * @description 4242424242424242 succeeds, 4000000000000002 is declined, 4000000000003220 needs 3-D Secure
             * @example 4242424242424242
             */
            cardNumber: string;
        };
        ProblemDetailsDto: {
            /**
             * @description Stable machine-readable code: clients and alerts key on it
             * @example REQUEST.INVALID
             */
            code: string;
            /** @example The request has invalid fields. */
            detail?: string;
            /** @description Validation failures, one per field */
            errors?: string[];
            /**
             * @description The path that failed
             * @example /v1/me/transfers
             */
            instance?: string;
            /** @example 400 */
            status: number;
            /** @example Bad request */
            title: string;
            /**
             * @description A URN derived from `code`
             * @example urn:eurt:problem:request.invalid
             */
            type: string;
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
            /**
             * @description At least 12 characters
             * @example correct horse battery staple
             */
            password: string;
            /**
             * @description International format
             * @example +33612345678
             */
            phone: string;
        };
        RegisterResponse: {
            accessToken: string;
            /** @description Access token lifetime in seconds */
            expiresIn: number;
            id: string;
            refreshToken: string;
            /** @enum {string} */
            tokenType: "Bearer";
        };
        ReplaceTransactionApprovalResponse: {
            /** @example chain.transaction.replace */
            action: string;
            /** Format: date-time */
            expiresAt: string;
            /**
             * Format: uuid
             * @description The approval request: a different admin or treasury operator approves it with `POST /v1/admin/approvals/{id}/approve`
             */
            id: string;
            /** @enum {string} */
            status: "pending" | "executed" | "failed";
        };
        ReplaceTransactionRequest: {
            /**
             * @description Why, for the approver and the audit trail
             * @example Incident OPS-7: mint stuck behind a base fee spike
             */
            reason?: string;
        };
        ReserveAttestationListResponse: {
            items: components["schemas"]["ReserveAttestationResponse"][];
        };
        ReserveAttestationResponse: {
            /** Format: date-time */
            attestedAt: string;
            /** @example 42 */
            blockNumber?: string;
            hash?: string;
            /**
             * @description The attestation transaction's key
             * @example mint-batch:0190…:attest
             */
            key: string;
            /**
             * @description Cents attested on chain; mints are allowed up to it
             * @example 125000
             */
            reserve: string;
            /**
             * @description The attesting key (the operator account with RESERVE_ATTESTER_ROLE)
             * @example 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266
             */
            signer: string;
            /** @enum {string} */
            status: "queued" | "signed" | "broadcast" | "confirmed" | "failed";
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
            /** @description omnibusBalance + acquirerBalance + shortfall + writtenOff == totalSupply + inFlight: the books and the chain agree to the cent */
            reconciled: boolean;
            /** @description Tokens a refund or chargeback could not burn (flagged top-ups), owed by the customers, in cents */
            shortfall: string;
            /** @description Tokens in circulation (on chain), in cents */
            totalSupply: string;
            /** @description Shortfall treasury wrote off (approved write-offs): tokens in circulation the platform's own funds must cover, in cents */
            writtenOff: string;
        };
        RoleChangeDto: {
            /** @example Joins the compliance team (HR-77) */
            reason?: string;
            /**
             * @example compliance
             * @enum {string}
             */
            role: "admin" | "compliance" | "treasury";
        };
        RoleChangeRequestedResponse: {
            /** @enum {string} */
            action: "operator.grant-role" | "operator.revoke-role";
            /** Format: date-time */
            expiresAt: string;
            /**
             * Format: uuid
             * @description The approval request a different admin approves
             */
            id: string;
            /** @enum {string} */
            status: "pending" | "executed" | "failed";
        };
        SessionResponse: {
            accessToken: string;
            /** @description Access token lifetime in seconds */
            expiresIn: number;
            refreshToken: string;
            /** @enum {string} */
            tokenType: "Bearer";
        };
        SessionsEndedResponse: {
            /** @description How many sessions this ended */
            endedSessions: number;
        };
        ShortfallRecoveryRequest: {
            /**
             * @description Amount in minor units (euro cents), as a decimal string
             * @example 2500
             */
            amount: string;
            /**
             * @description Why, for the approver and the audit trail
             * @example Incident OPS-42: suspicious minting pattern
             */
            reason?: string;
        };
        ShortfallWriteOffRequest: {
            /**
             * @description Amount in minor units (euro cents), as a decimal string
             * @example 2500
             */
            amount: string;
            /**
             * @description Why, for the approver and the audit trail
             * @example Deposit 4711 was minted twice by the incident of 2 March (OPS-88)
             */
            reason: string;
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
            /**
             * @description True while the token is paused: no transfer, mint or burn
             * @example false
             */
            paused: boolean;
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
            /** @description Or: the recipient's wallet address, e.g. 0x52908400098527886E0F7030069857D2E4169EE7 */
            address?: string;
            /** @example bob@example.com */
            email?: string;
            /** @description Or: the recipient's phone in international format, e.g. +33612345678 */
            phone?: string;
        };
        WalletRecoveryRequestedResponse: {
            /** @example wallet.recover */
            action: string;
            /** Format: date-time */
            expiresAt: string;
            /**
             * Format: uuid
             * @description The approval request: a different operator approves it with `POST /v1/admin/approvals/{id}/approve`
             */
            id: string;
            /**
             * Format: uuid
             * @description Once executed: the wallet recovery
             */
            resultId?: string;
            /**
             * @description `pending` until approved; `executed` at once when maker-checker is off for the action
             * @enum {string}
             */
            status: "pending" | "executed" | "failed";
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
    getLiveness: {
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
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    getReadiness: {
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
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    listApprovals: {
        parameters: {
            query?: {
                status?: "pending" | "approved" | "executed" | "failed" | "rejected" | "expired";
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
                    "application/json": components["schemas"]["ApprovalPageResponse"];
                };
            };
            /** @description Invalid request: `REQUEST.INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "REQUEST.INVALID";
                    };
                };
            };
            /** @description No valid bearer token: `AUTH.UNAUTHENTICATED`, `AUTH.INVALID_TOKEN` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.UNAUTHENTICATED" | "AUTH.INVALID_TOKEN";
                    };
                };
            };
            /** @description The caller's role may not do this: `AUTH.FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    getApproval: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                approvalId: string;
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
                    "application/json": components["schemas"]["ApprovalResponse"];
                };
            };
            /** @description Invalid request: `REQUEST.INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "REQUEST.INVALID";
                    };
                };
            };
            /** @description No valid bearer token: `AUTH.UNAUTHENTICATED`, `AUTH.INVALID_TOKEN` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.UNAUTHENTICATED" | "AUTH.INVALID_TOKEN";
                    };
                };
            };
            /** @description The caller's role may not do this: `AUTH.FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN";
                    };
                };
            };
            /** @description Not found: `APPROVALS.NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "APPROVALS.NOT_FOUND";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    approveRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                approvalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionDto"];
            };
        };
        responses: {
            /** @description Approved and carried out (`executed`), or `failed` with its `failureCode` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalResponse"];
                };
            };
            /** @description Invalid request: `REQUEST.INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "REQUEST.INVALID";
                    };
                };
            };
            /** @description No valid bearer token: `AUTH.UNAUTHENTICATED`, `AUTH.INVALID_TOKEN` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.UNAUTHENTICATED" | "AUTH.INVALID_TOKEN";
                    };
                };
            };
            /** @description The caller's role may not do this: `APPROVALS.FOUR_EYES`, `APPROVALS.SELF_DEALING`, `APPROVALS.ROLE_REQUIRED` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "APPROVALS.FOUR_EYES" | "APPROVALS.SELF_DEALING" | "APPROVALS.ROLE_REQUIRED";
                    };
                };
            };
            /** @description Not found: `APPROVALS.NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "APPROVALS.NOT_FOUND";
                    };
                };
            };
            /** @description Conflict with the current state: `APPROVALS.NOT_PENDING` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "APPROVALS.NOT_PENDING";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    rejectRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                approvalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalResponse"];
                };
            };
            /** @description Invalid request: `REQUEST.INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "REQUEST.INVALID";
                    };
                };
            };
            /** @description No valid bearer token: `AUTH.UNAUTHENTICATED`, `AUTH.INVALID_TOKEN` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.UNAUTHENTICATED" | "AUTH.INVALID_TOKEN";
                    };
                };
            };
            /** @description The caller's role may not do this: `APPROVALS.ROLE_REQUIRED` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "APPROVALS.ROLE_REQUIRED";
                    };
                };
            };
            /** @description Not found: `APPROVALS.NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "APPROVALS.NOT_FOUND";
                    };
                };
            };
            /** @description Conflict with the current state: `APPROVALS.NOT_PENDING` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "APPROVALS.NOT_PENDING";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    listAuditEntries: {
        parameters: {
            query?: {
                /** @description Only what this actor did: a user id, or `system` */
                actor?: string;
                /** @description Only entries about this aggregate (an operation, a payout, a chain transaction key...) */
                aggregateId?: string;
                /** @description The previous page's `nextCursor` */
                cursor?: string;
                /** @description Only entries concerning this customer (as customer, sender or recipient) */
                customerId?: string;
                /** @description Occurred at or after */
                from?: string;
                limit?: number;
                /** @description Occurred at or before */
                to?: string;
                /** @description Only this event type */
                type?: string;
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
                    "application/json": components["schemas"]["AuditPageResponse"];
                };
            };
            /** @description Invalid request: `REQUEST.INVALID`, `AUDIT.INVALID_CURSOR` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "REQUEST.INVALID" | "AUDIT.INVALID_CURSOR";
                    };
                };
            };
            /** @description No valid bearer token: `AUTH.UNAUTHENTICATED`, `AUTH.INVALID_TOKEN` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.UNAUTHENTICATED" | "AUTH.INVALID_TOKEN";
                    };
                };
            };
            /** @description The caller's role may not do this: `AUTH.FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    verifyAuditChain: {
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
                    "application/json": components["schemas"]["AuditVerificationResponse"];
                };
            };
            /** @description No valid bearer token: `AUTH.UNAUTHENTICATED`, `AUTH.INVALID_TOKEN` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.UNAUTHENTICATED" | "AUTH.INVALID_TOKEN";
                    };
                };
            };
            /** @description The caller's role may not do this: `AUTH.FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    listChainTransactions: {
        parameters: {
            query?: {
                status?: "open" | "failed";
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
                    "application/json": components["schemas"]["ChainTransactionListResponse"];
                };
            };
            /** @description Invalid request: `REQUEST.INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "REQUEST.INVALID";
                    };
                };
            };
            /** @description No valid bearer token: `AUTH.UNAUTHENTICATED`, `AUTH.INVALID_TOKEN` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.UNAUTHENTICATED" | "AUTH.INVALID_TOKEN";
                    };
                };
            };
            /** @description The caller's role may not do this: `AUTH.FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    requestChainTransactionReplacement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplaceTransactionRequest"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReplaceTransactionApprovalResponse"];
                };
            };
            /** @description Invalid request: `REQUEST.INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "REQUEST.INVALID";
                    };
                };
            };
            /** @description No valid bearer token: `AUTH.UNAUTHENTICATED`, `AUTH.INVALID_TOKEN` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.UNAUTHENTICATED" | "AUTH.INVALID_TOKEN";
                    };
                };
            };
            /** @description The caller's role may not do this: `AUTH.FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN";
                    };
                };
            };
            /** @description Not found: `CHAIN.TRANSACTION_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "CHAIN.TRANSACTION_NOT_FOUND";
                    };
                };
            };
            /** @description Conflict with the current state: `CHAIN.TRANSACTION_NOT_PENDING` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "CHAIN.TRANSACTION_NOT_PENDING";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    listCustomers: {
        parameters: {
            query?: {
                /** @description The previous page's `nextCursor` */
                cursor?: string;
                /** @description Find the account with this e-mail */
                email?: string;
                limit?: number;
                /** @description Find the account with this phone (international format) */
                phone?: string;
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
            /** @description Invalid request: `REQUEST.INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "REQUEST.INVALID";
                    };
                };
            };
            /** @description No valid bearer token: `AUTH.UNAUTHENTICATED`, `AUTH.INVALID_TOKEN` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.UNAUTHENTICATED" | "AUTH.INVALID_TOKEN";
                    };
                };
            };
            /** @description The caller's role may not do this: `AUTH.FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    getCustomer: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminCustomerDetailResponse"];
                };
            };
            /** @description Invalid request: `REQUEST.INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "REQUEST.INVALID";
                    };
                };
            };
            /** @description No valid bearer token: `AUTH.UNAUTHENTICATED`, `AUTH.INVALID_TOKEN` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.UNAUTHENTICATED" | "AUTH.INVALID_TOKEN";
                    };
                };
            };
            /** @description The caller's role may not do this: `AUTH.FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN";
                    };
                };
            };
            /** @description Not found: `CUSTOMERS.NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "CUSTOMERS.NOT_FOUND";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    listCustomerAuditEntries: {
        parameters: {
            query?: {
                /** @description The previous page's `nextCursor` */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                customerId: string;
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
                    "application/json": components["schemas"]["AuditPageResponse"];
                };
            };
            /** @description Invalid request: `REQUEST.INVALID`, `AUDIT.INVALID_CURSOR` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "REQUEST.INVALID" | "AUDIT.INVALID_CURSOR";
                    };
                };
            };
            /** @description No valid bearer token: `AUTH.UNAUTHENTICATED`, `AUTH.INVALID_TOKEN` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.UNAUTHENTICATED" | "AUTH.INVALID_TOKEN";
                    };
                };
            };
            /** @description The caller's role may not do this: `AUTH.FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    requestBalanceCorrection: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique per operation (e.g. a fresh UUID); a retry of the same operation reuses it. Scoped to the caller, the method and the concrete path: the same key on another resource is another request. The same key with the same body replays the first answer (`Idempotent-Replayed: true`), with another body is a 409 `IDEMPOTENCY.KEY_REUSED`. */
                "Idempotency-Key": string;
            };
            path: {
                customerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectionRequest"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalRequestedResponse"];
                };
            };
            /** @description Invalid request: `REQUEST.INVALID`, `IDEMPOTENCY.KEY_REQUIRED` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "REQUEST.INVALID" | "IDEMPOTENCY.KEY_REQUIRED";
                    };
                };
            };
            /** @description No valid bearer token: `AUTH.UNAUTHENTICATED`, `AUTH.INVALID_TOKEN` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.UNAUTHENTICATED" | "AUTH.INVALID_TOKEN";
                    };
                };
            };
            /** @description The caller's role may not do this: `AUTH.FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN";
                    };
                };
            };
            /** @description Not found: `TOKENIZER.CUSTOMER_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "TOKENIZER.CUSTOMER_NOT_FOUND";
                    };
                };
            };
            /** @description Conflict with the current state: `TOKENIZER.CUSTOMER_NOT_ELIGIBLE`, `CORRECTIONS.INSUFFICIENT_BALANCE` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "TOKENIZER.CUSTOMER_NOT_ELIGIBLE" | "CORRECTIONS.INSUFFICIENT_BALANCE";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    freezeCustomerWallet: {
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
            /** @description Invalid request: `REQUEST.INVALID`, `REQUEST.MALFORMED` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "REQUEST.INVALID" | "REQUEST.MALFORMED";
                    };
                };
            };
            /** @description No valid bearer token: `AUTH.UNAUTHENTICATED`, `AUTH.INVALID_TOKEN` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.UNAUTHENTICATED" | "AUTH.INVALID_TOKEN";
                    };
                };
            };
            /** @description The caller's role may not do this: `AUTH.FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    retryIdentityOnboarding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustodyReasonDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityRetryResponse"];
                };
            };
            /** @description Invalid request: `REQUEST.INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "REQUEST.INVALID";
                    };
                };
            };
            /** @description No valid bearer token: `AUTH.UNAUTHENTICATED`, `AUTH.INVALID_TOKEN` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.UNAUTHENTICATED" | "AUTH.INVALID_TOKEN";
                    };
                };
            };
            /** @description The caller's role may not do this: `AUTH.FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN";
                    };
                };
            };
            /** @description Not found: `CUSTODY.WALLET_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "CUSTODY.WALLET_NOT_FOUND";
                    };
                };
            };
            /** @description Conflict with the current state: `CUSTODY.IDENTITY_NOT_FAILED` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "CUSTODY.IDENTITY_NOT_FAILED";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    getKycRevocation: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KycRevocationResponse"];
                };
            };
            /** @description Invalid request: `REQUEST.INVALID`, `REQUEST.MALFORMED` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "REQUEST.INVALID" | "REQUEST.MALFORMED";
                    };
                };
            };
            /** @description No valid bearer token: `AUTH.UNAUTHENTICATED`, `AUTH.INVALID_TOKEN` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.UNAUTHENTICATED" | "AUTH.INVALID_TOKEN";
                    };
                };
            };
            /** @description The caller's role may not do this: `AUTH.FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN";
                    };
                };
            };
            /** @description Not found: `CUSTODY.KYC_REVOCATION_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "CUSTODY.KYC_REVOCATION_NOT_FOUND";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    revokeCustomerKyc: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustodyReasonDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KycRevocationResponse"];
                };
            };
            /** @description Invalid request: `REQUEST.INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "REQUEST.INVALID";
                    };
                };
            };
            /** @description No valid bearer token: `AUTH.UNAUTHENTICATED`, `AUTH.INVALID_TOKEN` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.UNAUTHENTICATED" | "AUTH.INVALID_TOKEN";
                    };
                };
            };
            /** @description The caller's role may not do this: `AUTH.FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN";
                    };
                };
            };
            /** @description Not found: `CUSTODY.WALLET_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "CUSTODY.WALLET_NOT_FOUND";
                    };
                };
            };
            /** @description Conflict with the current state: `CUSTODY.KYC_NOT_REVOCABLE` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "CUSTODY.KYC_NOT_REVOCABLE";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    listCustomerOperations: {
        parameters: {
            query?: {
                /** @description The previous page's `nextCursor` */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                customerId: string;
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
                    "application/json": components["schemas"]["OperationPageResponse"];
                };
            };
            /** @description Invalid request: `REQUEST.INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "REQUEST.INVALID";
                    };
                };
            };
            /** @description No valid bearer token: `AUTH.UNAUTHENTICATED`, `AUTH.INVALID_TOKEN` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.UNAUTHENTICATED" | "AUTH.INVALID_TOKEN";
                    };
                };
            };
            /** @description The caller's role may not do this: `AUTH.FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    requestUnfreeze: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OperatorReasonDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalRequestedResponse"];
                };
            };
            /** @description Invalid request: `REQUEST.INVALID`, `REQUEST.MALFORMED` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "REQUEST.INVALID" | "REQUEST.MALFORMED";
                    };
                };
            };
            /** @description No valid bearer token: `AUTH.UNAUTHENTICATED`, `AUTH.INVALID_TOKEN` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.UNAUTHENTICATED" | "AUTH.INVALID_TOKEN";
                    };
                };
            };
            /** @description The caller's role may not do this: `AUTH.FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    requestWalletRecovery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustodyReasonDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalletRecoveryRequestedResponse"];
                };
            };
            /** @description Invalid request: `REQUEST.INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "REQUEST.INVALID";
                    };
                };
            };
            /** @description No valid bearer token: `AUTH.UNAUTHENTICATED`, `AUTH.INVALID_TOKEN` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.UNAUTHENTICATED" | "AUTH.INVALID_TOKEN";
                    };
                };
            };
            /** @description The caller's role may not do this: `AUTH.FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN";
                    };
                };
            };
            /** @description Not found: `CUSTODY.WALLET_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "CUSTODY.WALLET_NOT_FOUND";
                    };
                };
            };
            /** @description Conflict with the current state: `CUSTODY.WALLET_NOT_REGISTERED`, `CUSTODY.RECOVERY_IN_PROGRESS` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "CUSTODY.WALLET_NOT_REGISTERED" | "CUSTODY.RECOVERY_IN_PROGRESS";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    listForwardingFailures: {
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
                    "application/json": components["schemas"]["ForwardingFailurePageResponse"];
                };
            };
            /** @description No valid bearer token: `AUTH.UNAUTHENTICATED`, `AUTH.INVALID_TOKEN` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.UNAUTHENTICATED" | "AUTH.INVALID_TOKEN";
                    };
                };
            };
            /** @description The caller's role may not do this: `AUTH.FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    listOperations: {
        parameters: {
            query?: {
                /** @description Only this customer's operations (then final ones are searched too) */
                customerId?: string;
                /** @description Created at or after */
                from?: string;
                /** @description A state of the type, e.g. `minting`, `payout_failed`, `awaiting_approval` */
                status?: string;
                /** @description Created at or before */
                to?: string;
                type?: "deposit" | "topup" | "transfer" | "withdrawal";
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
                    "application/json": components["schemas"]["AdminOperationListResponse"];
                };
            };
            /** @description Invalid request: `REQUEST.INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "REQUEST.INVALID";
                    };
                };
            };
            /** @description No valid bearer token: `AUTH.UNAUTHENTICATED`, `AUTH.INVALID_TOKEN` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.UNAUTHENTICATED" | "AUTH.INVALID_TOKEN";
                    };
                };
            };
            /** @description The caller's role may not do this: `AUTH.FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    listOperators: {
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
                    "application/json": components["schemas"]["OperatorPageResponse"];
                };
            };
            /** @description No valid bearer token: `AUTH.UNAUTHENTICATED`, `AUTH.INVALID_TOKEN` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.UNAUTHENTICATED" | "AUTH.INVALID_TOKEN";
                    };
                };
            };
            /** @description The caller's role may not do this: `AUTH.FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    requestRoleGrant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoleChangeDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleChangeRequestedResponse"];
                };
            };
            /** @description Invalid request: `REQUEST.INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "REQUEST.INVALID";
                    };
                };
            };
            /** @description No valid bearer token: `AUTH.UNAUTHENTICATED`, `AUTH.INVALID_TOKEN` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.UNAUTHENTICATED" | "AUTH.INVALID_TOKEN";
                    };
                };
            };
            /** @description The caller's role may not do this: `AUTH.FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN";
                    };
                };
            };
            /** @description Not found: `CUSTOMERS.NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "CUSTOMERS.NOT_FOUND";
                    };
                };
            };
            /** @description Conflict with the current state: `OPERATORS.ROLE_ALREADY_HELD` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "OPERATORS.ROLE_ALREADY_HELD";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    requestRoleRevocation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoleChangeDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleChangeRequestedResponse"];
                };
            };
            /** @description Invalid request: `REQUEST.INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "REQUEST.INVALID";
                    };
                };
            };
            /** @description No valid bearer token: `AUTH.UNAUTHENTICATED`, `AUTH.INVALID_TOKEN` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.UNAUTHENTICATED" | "AUTH.INVALID_TOKEN";
                    };
                };
            };
            /** @description The caller's role may not do this: `AUTH.FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN";
                    };
                };
            };
            /** @description Not found: `CUSTOMERS.NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "CUSTOMERS.NOT_FOUND";
                    };
                };
            };
            /** @description Conflict with the current state: `OPERATORS.ROLE_NOT_HELD` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "OPERATORS.ROLE_NOT_HELD";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    inviteOperator: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteOperatorDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleChangeRequestedResponse"];
                };
            };
            /** @description Invalid request: `REQUEST.INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "REQUEST.INVALID";
                    };
                };
            };
            /** @description No valid bearer token: `AUTH.UNAUTHENTICATED`, `AUTH.INVALID_TOKEN` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.UNAUTHENTICATED" | "AUTH.INVALID_TOKEN";
                    };
                };
            };
            /** @description The caller's role may not do this: `AUTH.FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN";
                    };
                };
            };
            /** @description Not found: `CUSTOMERS.NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "CUSTOMERS.NOT_FOUND";
                    };
                };
            };
            /** @description Conflict with the current state: `OPERATORS.ROLE_ALREADY_HELD` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "OPERATORS.ROLE_ALREADY_HELD";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    getReserves: {
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
            /** @description No valid bearer token: `AUTH.UNAUTHENTICATED`, `AUTH.INVALID_TOKEN` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.UNAUTHENTICATED" | "AUTH.INVALID_TOKEN";
                    };
                };
            };
            /** @description The caller's role may not do this: `AUTH.FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    listReserveAttestations: {
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
                    "application/json": components["schemas"]["ReserveAttestationListResponse"];
                };
            };
            /** @description No valid bearer token: `AUTH.UNAUTHENTICATED`, `AUTH.INVALID_TOKEN` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.UNAUTHENTICATED" | "AUTH.INVALID_TOKEN";
                    };
                };
            };
            /** @description The caller's role may not do this: `AUTH.FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    listSuspenseItems: {
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
            /** @description No valid bearer token: `AUTH.UNAUTHENTICATED`, `AUTH.INVALID_TOKEN` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.UNAUTHENTICATED" | "AUTH.INVALID_TOKEN";
                    };
                };
            };
            /** @description The caller's role may not do this: `AUTH.FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    requestSuspenseAssignment: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique per operation (e.g. a fresh UUID); a retry of the same operation reuses it. Scoped to the caller, the method and the concrete path: the same key on another resource is another request. The same key with the same body replays the first answer (`Idempotent-Replayed: true`), with another body is a 409 `IDEMPOTENCY.KEY_REUSED`. */
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
                    "application/json": components["schemas"]["ApprovalRequestedResponse"];
                };
            };
            /** @description Invalid request: `REQUEST.INVALID`, `IDEMPOTENCY.KEY_REQUIRED` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "REQUEST.INVALID" | "IDEMPOTENCY.KEY_REQUIRED";
                    };
                };
            };
            /** @description No valid bearer token: `AUTH.UNAUTHENTICATED`, `AUTH.INVALID_TOKEN` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.UNAUTHENTICATED" | "AUTH.INVALID_TOKEN";
                    };
                };
            };
            /** @description The caller's role may not do this: `AUTH.FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN";
                    };
                };
            };
            /** @description Not found: `TOKENIZER.OPERATION_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "TOKENIZER.OPERATION_NOT_FOUND";
                    };
                };
            };
            /** @description Conflict with the current state: `TOKENIZER.NOT_IN_SUSPENSE`, `TOKENIZER.CUSTOMER_NOT_ELIGIBLE` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "TOKENIZER.NOT_IN_SUSPENSE" | "TOKENIZER.CUSTOMER_NOT_ELIGIBLE";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    requestSuspenseReturn: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique per operation (e.g. a fresh UUID); a retry of the same operation reuses it. Scoped to the caller, the method and the concrete path: the same key on another resource is another request. The same key with the same body replays the first answer (`Idempotent-Replayed: true`), with another body is a 409 `IDEMPOTENCY.KEY_REUSED`. */
                "Idempotency-Key": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OperatorReasonDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalRequestedResponse"];
                };
            };
            /** @description Invalid request: `REQUEST.INVALID`, `IDEMPOTENCY.KEY_REQUIRED` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "REQUEST.INVALID" | "IDEMPOTENCY.KEY_REQUIRED";
                    };
                };
            };
            /** @description No valid bearer token: `AUTH.UNAUTHENTICATED`, `AUTH.INVALID_TOKEN` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.UNAUTHENTICATED" | "AUTH.INVALID_TOKEN";
                    };
                };
            };
            /** @description The caller's role may not do this: `AUTH.FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN";
                    };
                };
            };
            /** @description Not found: `TOKENIZER.OPERATION_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "TOKENIZER.OPERATION_NOT_FOUND";
                    };
                };
            };
            /** @description Conflict with the current state: `TOKENIZER.NOT_IN_SUSPENSE` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "TOKENIZER.NOT_IN_SUSPENSE";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    requestTokenPause: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OperatorReasonDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalRequestedResponse"];
                };
            };
            /** @description Invalid request: `REQUEST.INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "REQUEST.INVALID";
                    };
                };
            };
            /** @description No valid bearer token: `AUTH.UNAUTHENTICATED`, `AUTH.INVALID_TOKEN` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.UNAUTHENTICATED" | "AUTH.INVALID_TOKEN";
                    };
                };
            };
            /** @description The caller's role may not do this: `AUTH.FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    requestTokenUnpause: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OperatorReasonDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalRequestedResponse"];
                };
            };
            /** @description Invalid request: `REQUEST.INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "REQUEST.INVALID";
                    };
                };
            };
            /** @description No valid bearer token: `AUTH.UNAUTHENTICATED`, `AUTH.INVALID_TOKEN` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.UNAUTHENTICATED" | "AUTH.INVALID_TOKEN";
                    };
                };
            };
            /** @description The caller's role may not do this: `AUTH.FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    requestTopUpRefund: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique per operation (e.g. a fresh UUID); a retry of the same operation reuses it. Scoped to the caller, the method and the concrete path: the same key on another resource is another request. The same key with the same body replays the first answer (`Idempotent-Replayed: true`), with another body is a 409 `IDEMPOTENCY.KEY_REUSED`. */
                "Idempotency-Key": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OperatorReasonDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalRequestedResponse"];
                };
            };
            /** @description Invalid request: `REQUEST.INVALID`, `IDEMPOTENCY.KEY_REQUIRED` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "REQUEST.INVALID" | "IDEMPOTENCY.KEY_REQUIRED";
                    };
                };
            };
            /** @description No valid bearer token: `AUTH.UNAUTHENTICATED`, `AUTH.INVALID_TOKEN` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.UNAUTHENTICATED" | "AUTH.INVALID_TOKEN";
                    };
                };
            };
            /** @description The caller's role may not do this: `AUTH.FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN";
                    };
                };
            };
            /** @description Not found: `TOKENIZER.OPERATION_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "TOKENIZER.OPERATION_NOT_FOUND";
                    };
                };
            };
            /** @description Conflict with the current state: `TOPUPS.NOT_REFUNDABLE`, `TOPUPS.INSUFFICIENT_BALANCE` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "TOPUPS.NOT_REFUNDABLE" | "TOPUPS.INSUFFICIENT_BALANCE";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    requestShortfallRecovery: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique per operation (e.g. a fresh UUID); a retry of the same operation reuses it. Scoped to the caller, the method and the concrete path: the same key on another resource is another request. The same key with the same body replays the first answer (`Idempotent-Replayed: true`), with another body is a 409 `IDEMPOTENCY.KEY_REUSED`. */
                "Idempotency-Key": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ShortfallRecoveryRequest"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalRequestedResponse"];
                };
            };
            /** @description Invalid request: `REQUEST.INVALID`, `IDEMPOTENCY.KEY_REQUIRED` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "REQUEST.INVALID" | "IDEMPOTENCY.KEY_REQUIRED";
                    };
                };
            };
            /** @description No valid bearer token: `AUTH.UNAUTHENTICATED`, `AUTH.INVALID_TOKEN` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.UNAUTHENTICATED" | "AUTH.INVALID_TOKEN";
                    };
                };
            };
            /** @description The caller's role may not do this: `AUTH.FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN";
                    };
                };
            };
            /** @description Not found: `TOKENIZER.OPERATION_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "TOKENIZER.OPERATION_NOT_FOUND";
                    };
                };
            };
            /** @description Conflict with the current state: `TOPUPS.NO_SHORTFALL`, `CORRECTIONS.INSUFFICIENT_BALANCE` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "TOPUPS.NO_SHORTFALL" | "CORRECTIONS.INSUFFICIENT_BALANCE";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    requestShortfallWriteOff: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique per operation (e.g. a fresh UUID); a retry of the same operation reuses it. Scoped to the caller, the method and the concrete path: the same key on another resource is another request. The same key with the same body replays the first answer (`Idempotent-Replayed: true`), with another body is a 409 `IDEMPOTENCY.KEY_REUSED`. */
                "Idempotency-Key": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ShortfallWriteOffRequest"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalRequestedResponse"];
                };
            };
            /** @description Invalid request: `REQUEST.INVALID`, `IDEMPOTENCY.KEY_REQUIRED` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "REQUEST.INVALID" | "IDEMPOTENCY.KEY_REQUIRED";
                    };
                };
            };
            /** @description No valid bearer token: `AUTH.UNAUTHENTICATED`, `AUTH.INVALID_TOKEN` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.UNAUTHENTICATED" | "AUTH.INVALID_TOKEN";
                    };
                };
            };
            /** @description The caller's role may not do this: `AUTH.FORBIDDEN`, `APPROVALS.SELF_DEALING` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "APPROVALS.SELF_DEALING";
                    };
                };
            };
            /** @description Not found: `TOKENIZER.OPERATION_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "TOKENIZER.OPERATION_NOT_FOUND";
                    };
                };
            };
            /** @description Conflict with the current state: `TOPUPS.NO_SHORTFALL` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "TOPUPS.NO_SHORTFALL";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    getWalletRecovery: {
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
            /** @description Invalid request: `REQUEST.INVALID`, `REQUEST.MALFORMED` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "REQUEST.INVALID" | "REQUEST.MALFORMED";
                    };
                };
            };
            /** @description No valid bearer token: `AUTH.UNAUTHENTICATED`, `AUTH.INVALID_TOKEN` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.UNAUTHENTICATED" | "AUTH.INVALID_TOKEN";
                    };
                };
            };
            /** @description The caller's role may not do this: `AUTH.FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    approveWithdrawal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OperatorReasonDto"];
            };
        };
        responses: {
            /** @description The withdrawal, now `pending` (funds being held) and carrying `approvedBy` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperationResponse"];
                };
            };
            /** @description Invalid request: `REQUEST.INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "REQUEST.INVALID";
                    };
                };
            };
            /** @description No valid bearer token: `AUTH.UNAUTHENTICATED`, `AUTH.INVALID_TOKEN` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.UNAUTHENTICATED" | "AUTH.INVALID_TOKEN";
                    };
                };
            };
            /** @description The caller's role may not do this: `APPROVALS.FOUR_EYES`, `APPROVALS.SELF_DEALING`, `APPROVALS.ROLE_REQUIRED` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "APPROVALS.FOUR_EYES" | "APPROVALS.SELF_DEALING" | "APPROVALS.ROLE_REQUIRED";
                    };
                };
            };
            /** @description Not found: `WITHDRAWALS.NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "WITHDRAWALS.NOT_FOUND";
                    };
                };
            };
            /** @description Conflict with the current state: `APPROVALS.NOT_PENDING` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "APPROVALS.NOT_PENDING";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    rejectWithdrawal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OperatorReasonDto"];
            };
        };
        responses: {
            /** @description The withdrawal, now `rejected` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperationResponse"];
                };
            };
            /** @description Invalid request: `REQUEST.INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "REQUEST.INVALID";
                    };
                };
            };
            /** @description No valid bearer token: `AUTH.UNAUTHENTICATED`, `AUTH.INVALID_TOKEN` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.UNAUTHENTICATED" | "AUTH.INVALID_TOKEN";
                    };
                };
            };
            /** @description The caller's role may not do this: `APPROVALS.ROLE_REQUIRED` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "APPROVALS.ROLE_REQUIRED";
                    };
                };
            };
            /** @description Not found: `WITHDRAWALS.NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "WITHDRAWALS.NOT_FOUND";
                    };
                };
            };
            /** @description Conflict with the current state: `APPROVALS.NOT_PENDING` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "APPROVALS.NOT_PENDING";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    logIn: {
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
            /** @description Invalid request: `REQUEST.INVALID`, `REQUEST.MALFORMED` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "REQUEST.INVALID" | "REQUEST.MALFORMED";
                    };
                };
            };
            /** @description Too many attempts from this address or on this account: a problem document `REQUEST.RATE_LIMITED` with Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    logOut: {
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
                    "application/json": components["schemas"]["SessionsEndedResponse"];
                };
            };
            /** @description No valid bearer token: `AUTH.UNAUTHENTICATED`, `AUTH.INVALID_TOKEN` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.UNAUTHENTICATED" | "AUTH.INVALID_TOKEN";
                    };
                };
            };
            /** @description The caller's role may not do this: `AUTH.FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    logOutEverywhere: {
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
                    "application/json": components["schemas"]["SessionsEndedResponse"];
                };
            };
            /** @description No valid bearer token: `AUTH.UNAUTHENTICATED`, `AUTH.INVALID_TOKEN` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.UNAUTHENTICATED" | "AUTH.INVALID_TOKEN";
                    };
                };
            };
            /** @description The caller's role may not do this: `AUTH.FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    refreshSession: {
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
            /** @description Invalid request: `REQUEST.INVALID`, `REQUEST.MALFORMED` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "REQUEST.INVALID" | "REQUEST.MALFORMED";
                    };
                };
            };
            /** @description Too many attempts from this address or on this account: a problem document `REQUEST.RATE_LIMITED` with Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    registerCustomer: {
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
            /** @description Invalid request: `REQUEST.INVALID`, `REQUEST.MALFORMED` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "REQUEST.INVALID" | "REQUEST.MALFORMED";
                    };
                };
            };
            /** @description Too many attempts from this address or on this account: a problem document `REQUEST.RATE_LIMITED` with Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    getMe: {
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
            /** @description No valid bearer token: `AUTH.UNAUTHENTICATED`, `AUTH.INVALID_TOKEN` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.UNAUTHENTICATED" | "AUTH.INVALID_TOKEN";
                    };
                };
            };
            /** @description The caller's role may not do this: `AUTH.FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    getMyBalance: {
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
            /** @description No valid bearer token: `AUTH.UNAUTHENTICATED`, `AUTH.INVALID_TOKEN` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.UNAUTHENTICATED" | "AUTH.INVALID_TOKEN";
                    };
                };
            };
            /** @description The caller's role may not do this: `AUTH.FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    listBankAccounts: {
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
            /** @description No valid bearer token: `AUTH.UNAUTHENTICATED`, `AUTH.INVALID_TOKEN` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.UNAUTHENTICATED" | "AUTH.INVALID_TOKEN";
                    };
                };
            };
            /** @description The caller's role may not do this: `AUTH.FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    linkBankAccount: {
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
            /** @description Invalid request: `REQUEST.INVALID`, `REQUEST.MALFORMED` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "REQUEST.INVALID" | "REQUEST.MALFORMED";
                    };
                };
            };
            /** @description No valid bearer token: `AUTH.UNAUTHENTICATED`, `AUTH.INVALID_TOKEN` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.UNAUTHENTICATED" | "AUTH.INVALID_TOKEN";
                    };
                };
            };
            /** @description The caller's role may not do this: `AUTH.FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    removeBankAccount: {
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
            /** @description Invalid request: `REQUEST.INVALID`, `REQUEST.MALFORMED` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "REQUEST.INVALID" | "REQUEST.MALFORMED";
                    };
                };
            };
            /** @description No valid bearer token: `AUTH.UNAUTHENTICATED`, `AUTH.INVALID_TOKEN` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.UNAUTHENTICATED" | "AUTH.INVALID_TOKEN";
                    };
                };
            };
            /** @description The caller's role may not do this: `AUTH.FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    getDepositInstructions: {
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
            /** @description No valid bearer token: `AUTH.UNAUTHENTICATED`, `AUTH.INVALID_TOKEN` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.UNAUTHENTICATED" | "AUTH.INVALID_TOKEN";
                    };
                };
            };
            /** @description The caller's role may not do this: `AUTH.FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    streamMyEvents: {
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
            /** @description No valid bearer token: `AUTH.UNAUTHENTICATED`, `AUTH.INVALID_TOKEN` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.UNAUTHENTICATED" | "AUTH.INVALID_TOKEN";
                    };
                };
            };
            /** @description The caller's role may not do this: `AUTH.FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    getKycState: {
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
            /** @description No valid bearer token: `AUTH.UNAUTHENTICATED`, `AUTH.INVALID_TOKEN` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.UNAUTHENTICATED" | "AUTH.INVALID_TOKEN";
                    };
                };
            };
            /** @description The caller's role may not do this: `AUTH.FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    submitKyc: {
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
            /** @description Invalid request: `REQUEST.INVALID`, `REQUEST.MALFORMED` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "REQUEST.INVALID" | "REQUEST.MALFORMED";
                    };
                };
            };
            /** @description No valid bearer token: `AUTH.UNAUTHENTICATED`, `AUTH.INVALID_TOKEN` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.UNAUTHENTICATED" | "AUTH.INVALID_TOKEN";
                    };
                };
            };
            /** @description The caller's role may not do this: `AUTH.FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN";
                    };
                };
            };
            /** @description Too many attempts from this address or on this account: a problem document `REQUEST.RATE_LIMITED` with Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    listMyOperations: {
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
            /** @description Invalid request: `REQUEST.INVALID`, `REQUEST.MALFORMED` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "REQUEST.INVALID" | "REQUEST.MALFORMED";
                    };
                };
            };
            /** @description No valid bearer token: `AUTH.UNAUTHENTICATED`, `AUTH.INVALID_TOKEN` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.UNAUTHENTICATED" | "AUTH.INVALID_TOKEN";
                    };
                };
            };
            /** @description The caller's role may not do this: `AUTH.FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionsEndedResponse"];
                };
            };
            /** @description Invalid request: `REQUEST.INVALID`, `REQUEST.MALFORMED` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "REQUEST.INVALID" | "REQUEST.MALFORMED";
                    };
                };
            };
            /** @description No valid bearer token: `AUTH.UNAUTHENTICATED`, `AUTH.INVALID_TOKEN` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.UNAUTHENTICATED" | "AUTH.INVALID_TOKEN";
                    };
                };
            };
            /** @description The caller's role may not do this: `AUTH.FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN";
                    };
                };
            };
            /** @description Too many attempts from this address or on this account: a problem document `REQUEST.RATE_LIMITED` with Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    createTopUp: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique per operation (e.g. a fresh UUID); a retry of the same operation reuses it. Scoped to the caller, the method and the concrete path: the same key on another resource is another request. The same key with the same body replays the first answer (`Idempotent-Replayed: true`), with another body is a 409 `IDEMPOTENCY.KEY_REUSED`. */
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
            /** @description Invalid request: `REQUEST.INVALID`, `REQUEST.MALFORMED` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "REQUEST.INVALID" | "REQUEST.MALFORMED";
                    };
                };
            };
            /** @description No valid bearer token: `AUTH.UNAUTHENTICATED`, `AUTH.INVALID_TOKEN` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.UNAUTHENTICATED" | "AUTH.INVALID_TOKEN";
                    };
                };
            };
            /** @description The caller's role may not do this: `AUTH.FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    createTransfer: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique per operation (e.g. a fresh UUID); a retry of the same operation reuses it. Scoped to the caller, the method and the concrete path: the same key on another resource is another request. The same key with the same body replays the first answer (`Idempotent-Replayed: true`), with another body is a 409 `IDEMPOTENCY.KEY_REUSED`. */
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
            /** @description Invalid request: `REQUEST.INVALID`, `REQUEST.MALFORMED` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "REQUEST.INVALID" | "REQUEST.MALFORMED";
                    };
                };
            };
            /** @description No valid bearer token: `AUTH.UNAUTHENTICATED`, `AUTH.INVALID_TOKEN` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.UNAUTHENTICATED" | "AUTH.INVALID_TOKEN";
                    };
                };
            };
            /** @description The caller's role may not do this: `AUTH.FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN";
                    };
                };
            };
            /** @description Too many attempts from this address or on this account: a problem document `REQUEST.RATE_LIMITED` with Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    createWithdrawal: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique per operation (e.g. a fresh UUID); a retry of the same operation reuses it. Scoped to the caller, the method and the concrete path: the same key on another resource is another request. The same key with the same body replays the first answer (`Idempotent-Replayed: true`), with another body is a 409 `IDEMPOTENCY.KEY_REUSED`. */
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
            /** @description Invalid request: `REQUEST.INVALID`, `REQUEST.MALFORMED` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "REQUEST.INVALID" | "REQUEST.MALFORMED";
                    };
                };
            };
            /** @description No valid bearer token: `AUTH.UNAUTHENTICATED`, `AUTH.INVALID_TOKEN` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.UNAUTHENTICATED" | "AUTH.INVALID_TOKEN";
                    };
                };
            };
            /** @description The caller's role may not do this: `AUTH.FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    getOperation: {
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
            /** @description Invalid request: `REQUEST.INVALID`, `REQUEST.MALFORMED` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "REQUEST.INVALID" | "REQUEST.MALFORMED";
                    };
                };
            };
            /** @description No valid bearer token: `AUTH.UNAUTHENTICATED`, `AUTH.INVALID_TOKEN` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.UNAUTHENTICATED" | "AUTH.INVALID_TOKEN";
                    };
                };
            };
            /** @description The caller's role may not do this: `AUTH.FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    showSandboxCheckoutPage: {
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
            /** @description Invalid request: `REQUEST.INVALID`, `REQUEST.MALFORMED` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "REQUEST.INVALID" | "REQUEST.MALFORMED";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    submitSandboxCheckoutCard: {
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
            /** @description Invalid request: `REQUEST.INVALID`, `REQUEST.MALFORMED` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "REQUEST.INVALID" | "REQUEST.MALFORMED";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    submitSandboxCheckoutChallenge: {
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
            /** @description Invalid request: `REQUEST.INVALID`, `REQUEST.MALFORMED` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "REQUEST.INVALID" | "REQUEST.MALFORMED";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    completeSandboxThreeDSecure: {
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
            /** @description Invalid request: `REQUEST.INVALID`, `REQUEST.MALFORMED` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "REQUEST.INVALID" | "REQUEST.MALFORMED";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    chargeBackSandboxCardPayment: {
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
            /** @description Invalid request: `REQUEST.INVALID`, `REQUEST.MALFORMED` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "REQUEST.INVALID" | "REQUEST.MALFORMED";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    paySandboxCardPayment: {
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
            /** @description Invalid request: `REQUEST.INVALID`, `REQUEST.MALFORMED` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "REQUEST.INVALID" | "REQUEST.MALFORMED";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    redeliverSandboxAcquirerWebhooks: {
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
            /** @description Invalid request: `REQUEST.INVALID`, `REQUEST.MALFORMED` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "REQUEST.INVALID" | "REQUEST.MALFORMED";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    sendSandboxIncomingTransfer: {
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
            /** @description Invalid request: `REQUEST.INVALID`, `REQUEST.MALFORMED` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "REQUEST.INVALID" | "REQUEST.MALFORMED";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    redeliverSandboxBankWebhook: {
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
            /** @description Invalid request: `REQUEST.INVALID`, `REQUEST.MALFORMED` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "REQUEST.INVALID" | "REQUEST.MALFORMED";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    pauseSandboxBankWebhooks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
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
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    resumeSandboxBankWebhooks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
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
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    decideSandboxKycApplication: {
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
            /** @description Invalid request: `REQUEST.INVALID`, `REQUEST.MALFORMED` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "REQUEST.INVALID" | "REQUEST.MALFORMED";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    redeliverSandboxKycWebhook: {
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
            /** @description Invalid request: `REQUEST.INVALID`, `REQUEST.MALFORMED` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "REQUEST.INVALID" | "REQUEST.MALFORMED";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    getToken: {
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
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    receiveAcquirerWebhook: {
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
            /** @description Invalid request: `REQUEST.INVALID`, `REQUEST.MALFORMED` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "REQUEST.INVALID" | "REQUEST.MALFORMED";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    receiveBankWebhook: {
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
            /** @description Invalid request: `REQUEST.INVALID`, `REQUEST.MALFORMED` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "REQUEST.INVALID" | "REQUEST.MALFORMED";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
    receiveKycWebhook: {
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
            /** @description Invalid request: `REQUEST.INVALID`, `REQUEST.MALFORMED` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "REQUEST.INVALID" | "REQUEST.MALFORMED";
                    };
                };
            };
            /** @description A dependency is unavailable; retry after `Retry-After` seconds: `SERVICE.UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE.UNAVAILABLE";
                    };
                };
            };
        };
    };
}
