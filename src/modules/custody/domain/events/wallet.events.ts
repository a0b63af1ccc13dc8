import { DomainEvent, EventType } from '../../../../shared/events/index.js';

@EventType('custody.wallet-created')
export class WalletCreated extends DomainEvent<{ customerId: string; address: string }> {}

@EventType('custody.identity-registered')
export class IdentityRegistered extends DomainEvent<{ customerId: string; address: string; identityAddress: string }> {}
