import { DomainEvent, EventType } from '../../../../shared/events/index.js';
import type { CardPaymentStatus } from '../../ports/acquirer.port.js';

/**
 * The acquirer said something about a card payment. Deliveries come at least once and in any
 * order, so the status here is a hint: consumers read the payment's current state
 * (GetCardPaymentQuery) and let their own state machine decide.
 */
@EventType('acquirer.card-payment-updated')
export class CardPaymentUpdated extends DomainEvent<{ paymentId: string; status: CardPaymentStatus }> {}
