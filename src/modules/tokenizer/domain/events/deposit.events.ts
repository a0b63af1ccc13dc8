import { DomainEvent, EventType } from '../../../../shared/events/index.js';

interface DepositPayload {
  depositId: string;
  customerId?: string;
  amount: string;
}

@EventType('tokenizer.deposit-minting')
export class DepositMinting extends DomainEvent<DepositPayload> {}

@EventType('tokenizer.deposit-completed')
export class DepositCompleted extends DomainEvent<DepositPayload & { transactionHash: string }> {}

@EventType('tokenizer.deposit-suspended')
export class DepositSuspended extends DomainEvent<DepositPayload & { reason: string }> {}

@EventType('tokenizer.deposit-returned')
export class DepositReturned extends DomainEvent<DepositPayload & { payoutId: string }> {}

@EventType('tokenizer.deposit-covered-shortfall')
export class DepositCoveredShortfall extends DomainEvent<DepositPayload & { covered: string; minted: string; topUpIds: string }> {}
