import { DomainEvent, EventType } from '../../../../shared/events/index.js';

interface WithdrawalPayload {
  withdrawalId: string;
  customerId: string;
  amount: string;
}

@EventType('tokenizer.withdrawal-completed')
export class WithdrawalCompleted extends DomainEvent<WithdrawalPayload> {}

@EventType('tokenizer.withdrawal-released')
export class WithdrawalReleased extends DomainEvent<WithdrawalPayload & { reason: string }> {}

@EventType('tokenizer.withdrawal-credited-back')
export class WithdrawalCreditedBack extends DomainEvent<WithdrawalPayload & { returnOf: string }> {}
