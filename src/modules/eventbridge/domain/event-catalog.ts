/**
 * The integration contract: every event type forwarded to EventBridge, its `DetailType`, and the
 * fields its `detail.data` carries (only these are sent: a field added to a payload is not
 * published until it is added here, with a new version if it changes the meaning). The JSON
 * schemas under docs/events/ are generated from this catalog.
 */
export interface FieldSpec {
  type: 'string' | 'integer' | 'boolean' | 'object';
  description: string;
  optional?: true;
  format?: 'uuid' | 'date-time';
  pattern?: string;
  enum?: readonly string[];
}

export interface EventSpec {
  version: number;
  description: string;
  fields: Record<string, FieldSpec>;
}

const uuid = (description: string, optional?: true): FieldSpec => ({ type: 'string', format: 'uuid', description, ...(optional ? { optional } : {}) });
const cents = (description = 'Amount in euro cents, a decimal string'): FieldSpec => ({ type: 'string', pattern: '^[0-9]+$', description });
const text = (description: string, optional?: true): FieldSpec => ({ type: 'string', description, ...(optional ? { optional } : {}) });
const address = (description: string): FieldSpec => ({ type: 'string', pattern: '^0x[0-9a-fA-F]{40}$', description });
const hash = (description: string, optional?: true): FieldSpec => ({ type: 'string', pattern: '^0x[0-9a-fA-F]{64}$', description, ...(optional ? { optional } : {}) });
const params: FieldSpec = { type: 'object', description: 'The action\'s parameters: ids and codes' };

const customerId = uuid('The customer');
const deposit = { depositId: text('The deposit (the bank\'s transaction id)'), customerId: uuid('The customer, once matched', true), amount: cents() };
const topUp = { topUpId: uuid('The card top-up'), customerId, amount: cents() };
const transfer = { transferId: text('The transfer'), senderId: uuid('The sending customer'), recipientId: uuid('The receiving customer'), amount: cents() };
const withdrawal = { withdrawalId: text('The withdrawal'), customerId, amount: cents() };
const payout = { payoutId: text('The payout (e.g. `withdrawal:<id>`)'), amount: cents(), endToEndId: text('The bank\'s SEPA end-to-end id', true) };
const recovery = { recoveryId: uuid('The wallet recovery'), customerId, lostAddress: address('The wallet given up'), newAddress: address('The wallet now holding balance and identity') };
const approval = { approvalId: uuid('The approval request'), action: text('The requested action, e.g. `token.pause`'), params };

export const EVENT_CATALOG: Record<string, EventSpec> = {
  'acquirer.card-payment-updated': {
    version: 1,
    description: 'The acquirer reported a card payment change (a hint: consumers read the payment\'s current state).',
    fields: { paymentId: text('The acquirer\'s payment id'), status: { type: 'string', description: 'The status reported', enum: ['requires_payment_method', 'requires_action', 'captured', 'declined', 'refunded', 'charged_back'] } },
  },
  'approvals.requested': { version: 1, description: 'An operator asked for a sensitive action.', fields: { ...approval, requestedBy: uuid('The requesting operator'), expiresAt: { type: 'string', format: 'date-time', description: 'When the request expires' } } },
  'approvals.approved': { version: 1, description: 'A second operator approved a request.', fields: { ...approval, requestedBy: uuid('The requesting operator'), approvedBy: uuid('The approving operator') } },
  'approvals.rejected': { version: 1, description: 'A request was rejected or withdrawn.', fields: { ...approval, requestedBy: uuid('The requesting operator'), rejectedBy: uuid('The rejecting operator') } },
  'approvals.executed': { version: 1, description: 'An approved action took effect.', fields: { ...approval, resultId: text('What it produced (a chain transaction key, an account id)', true) } },
  'approvals.execution-failed': { version: 1, description: 'An approved action was refused by its module.', fields: { ...approval, failureCode: text('The refusal\'s problem code') } },
  'audit.action-recorded': {
    version: 1,
    description: 'An authenticated caller changed something through the API (the operator\'s free-text reason is not published).',
    fields: {
      action: text('`<Controller>.<handler>`'),
      method: text('HTTP method'),
      route: text('The route template'),
      outcome: { type: 'string', enum: ['succeeded', 'refused'], description: 'Whether it was done' },
      status: { type: 'integer', description: 'The HTTP status answered' },
      problemCode: text('The refusal\'s problem code', true),
      targetIds: { type: 'object', description: 'Route parameters: ids' },
      resultId: text('The record created or changed', true),
      resultStatus: text('Its state afterwards', true),
      previousStatus: text('Its state before', true),
      customerId: uuid('The customer concerned', true),
    },
  },
  'bank.credit-received': {
    version: 1,
    description: 'A SEPA credit was booked on the omnibus account (the debtor\'s IBAN and name are not published).',
    fields: { transactionId: text('The bank\'s transaction id'), amount: cents(), currency: { type: 'string', enum: ['EUR'], description: 'Currency' }, reference: text('The remittance reference as sent'), bookedAt: { type: 'string', format: 'date-time', description: 'Booking time' } },
  },
  'bank.payout-sent': { version: 1, description: 'A SEPA payout left the omnibus account.', fields: payout },
  'bank.payout-settled': { version: 1, description: 'A SEPA payout settled.', fields: payout },
  'bank.payout-returned': { version: 1, description: 'A SEPA payout was rejected or returned.', fields: { ...payout, reason: text('The SEPA reason code') } },
  'chain.token-transfer-observed': {
    version: 1,
    description: 'A token Transfer log after the configured confirmations (mints from zero, burns to zero).',
    fields: { from: address('Sender'), to: address('Recipient'), amount: cents(), transactionHash: hash('Transaction'), logIndex: { type: 'integer', description: 'Log index' }, blockNumber: { type: 'string', pattern: '^[0-9]+$', description: 'Block number' } },
  },
  'chain.transaction-confirmed': { version: 1, description: 'A platform transaction was confirmed.', fields: { key: text('The caller\'s idempotency key'), hash: hash('Transaction hash'), blockNumber: { type: 'string', pattern: '^[0-9]+$', description: 'Block number' } } },
  'chain.transaction-failed': { version: 1, description: 'A platform transaction failed for good.', fields: { key: text('The caller\'s idempotency key'), hash: hash('Transaction hash', true), errorName: text('The contract\'s custom error', true), reason: text('Why') } },
  'custody.wallet-created': { version: 1, description: 'A custodial wallet was created for a verified customer.', fields: { customerId, address: address('The wallet') } },
  'custody.identity-registered': { version: 1, description: 'The wallet\'s on-chain identity was registered.', fields: { customerId, address: address('The wallet'), identityAddress: address('The identity contract') } },
  'custody.identity-onboarding-failed': { version: 1, description: 'Registering the wallet\'s identity failed.', fields: { customerId, address: address('The wallet'), reason: text('Why') } },
  'custody.identity-onboarding-retried': {
    version: 1,
    description: 'An operator sent a failed identity onboarding again.',
    fields: { customerId, address: address('The wallet'), attempt: { type: 'integer', description: 'The onboarding attempt, from 2' } },
  },
  'custody.wallet-recovery-requested': { version: 1, description: 'An operator moved a customer to a new key.', fields: { ...recovery, requestedBy: uuid('The operator') } },
  'custody.wallet-recovered': { version: 1, description: 'Balance and identity moved to the new wallet.', fields: recovery },
  'custody.wallet-recovery-failed': { version: 1, description: 'A wallet recovery failed.', fields: { ...recovery, reason: text('Why') } },
  'customers.customer-registered': { version: 1, description: 'An account was created.', fields: { customerId } },
  'customers.kyc-submitted': { version: 1, description: 'A KYC application was submitted.', fields: { customerId, applicationId: text('The application') } },
  'customers.kyc-approved': { version: 1, description: 'A KYC application was approved.', fields: { customerId, applicationId: text('The application') } },
  'customers.kyc-rejected': { version: 1, description: 'A KYC application was rejected.', fields: { customerId, applicationId: text('The application'), reason: text('The provider\'s reason code') } },
  'customers.bank-account-linked': { version: 1, description: 'A payout account was linked (no IBAN published).', fields: { customerId, bankAccountId: uuid('The linked account') } },
  'customers.bank-account-removed': { version: 1, description: 'A payout account was removed.', fields: { customerId, bankAccountId: uuid('The linked account') } },
  'customers.role-granted': { version: 1, description: 'An operator role was granted (maker-checker).', fields: { customerId, role: { type: 'string', enum: ['admin', 'compliance', 'treasury'], description: 'The role' }, approvalId: uuid('The approval') } },
  'customers.role-revoked': { version: 1, description: 'An operator role was revoked (maker-checker).', fields: { customerId, role: { type: 'string', enum: ['admin', 'compliance', 'treasury'], description: 'The role' }, approvalId: uuid('The approval') } },
  'tokenizer.deposit-minting': { version: 1, description: 'A deposit is being minted.', fields: deposit },
  'tokenizer.deposit-completed': { version: 1, description: 'A deposit was minted.', fields: { ...deposit, transactionHash: hash('The mint transaction') } },
  'tokenizer.deposit-suspended': { version: 1, description: 'A deposit went to suspense.', fields: { ...deposit, reason: text('Why') } },
  'tokenizer.deposit-covered-shortfall': {
    version: 1,
    description: "A customer's credit paid their open chargeback shortfall first; only the rest is minted.",
    fields: { ...deposit, covered: cents('Booked against the shortfall, in cents'), minted: cents('The rest, minted (or waiting in suspense), in cents'), topUpIds: text('The top-ups whose shortfall it paid, comma-separated') },
  },
  'tokenizer.deposit-returned': { version: 1, description: 'A deposit was returned to its sender.', fields: { ...deposit, payoutId: text('The return payout') } },
  'tokenizer.topup-completed': { version: 1, description: 'A card top-up was minted.', fields: { ...topUp, transactionHash: hash('The mint transaction') } },
  'tokenizer.topup-declined': { version: 1, description: 'A card top-up was declined.', fields: { ...topUp, reason: text('Why') } },
  'tokenizer.topup-reversed': {
    version: 1,
    description: 'A card top-up was refunded or charged back.',
    fields: { ...topUp, outcome: { type: 'string', enum: ['refunded', 'charged_back'], description: 'How' }, burned: cents('Burned, in cents'), shortfall: cents('Not covered by the balance, in cents') },
  },
  'tokenizer.transfer-completed': { version: 1, description: 'A transfer settled on chain.', fields: { ...transfer, transactionHash: hash('The settling transaction', true) } },
  'tokenizer.transfer-failed': { version: 1, description: 'A transfer failed.', fields: { ...transfer, reasonCode: text('e.g. `INSUFFICIENT_FUNDS`') } },
  'tokenizer.withdrawal-completed': { version: 1, description: 'A withdrawal was paid out and burned.', fields: withdrawal },
  'tokenizer.withdrawal-released': { version: 1, description: 'A withdrawal\'s hold was released (payout failed).', fields: { ...withdrawal, reason: text('Why') } },
  'tokenizer.withdrawal-credited-back': { version: 1, description: 'A payout returned after settlement was minted back.', fields: { ...withdrawal, returnOf: text('The original withdrawal') } },
};

/** `Source` of an event on the bus: `eurt.<module>`. */
export function sourceOf(eventType: string): string {
  return `eurt.${eventType.split('.')[0]}`;
}

/** The published `detail`: a versioned envelope around the catalog's fields of the payload, nothing else. */
export function detailOf(event: { eventId: string; eventType: string; aggregateId: string; occurredAt: string; payload: Record<string, unknown> }): string | undefined {
  const spec = EVENT_CATALOG[event.eventType];
  if (!spec) return undefined;
  const data = Object.fromEntries(Object.keys(spec.fields).filter((field) => event.payload[field] !== undefined).map((field) => [field, event.payload[field]]));
  return JSON.stringify({ schemaVersion: spec.version, eventId: event.eventId, eventType: event.eventType, aggregateId: event.aggregateId, occurredAt: event.occurredAt, data });
}

/** The JSON Schema (2020-12) of one event type's detail, as published under docs/events/. */
export function jsonSchemaOf(eventType: string): object {
  const spec = EVENT_CATALOG[eventType];
  const properties = Object.fromEntries(
    Object.entries(spec.fields).map(([name, field]) => {
      const { optional: _optional, ...schema } = field;
      return [name, schema];
    }),
  );
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `urn:eurt:events:${eventType}:v${spec.version}`,
    title: `${eventType} v${spec.version}`,
    description: `${spec.description} EventBridge Source \`${sourceOf(eventType)}\`, DetailType \`${eventType}\`.`,
    type: 'object',
    required: ['schemaVersion', 'eventId', 'eventType', 'aggregateId', 'occurredAt', 'data'],
    additionalProperties: false,
    properties: {
      schemaVersion: { const: spec.version },
      eventId: { type: 'string', format: 'uuid', description: 'Unique per event: consumers deduplicate on it (delivery is at least once)' },
      eventType: { const: eventType },
      aggregateId: { type: 'string', description: 'The entity the event is about; events of one aggregate are published in order' },
      occurredAt: { type: 'string', format: 'date-time' },
      data: {
        type: 'object',
        additionalProperties: false,
        required: Object.entries(spec.fields).filter(([, field]) => !field.optional).map(([name]) => name),
        properties,
      },
    },
  };
}
