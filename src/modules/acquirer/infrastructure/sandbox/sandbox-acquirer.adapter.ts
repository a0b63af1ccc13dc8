import { Injectable } from '@nestjs/common';
import { unknownTestCard } from '../../domain/acquirer.errors.js';
import type { AcquirerPort, CardPayment } from '../../ports/acquirer.port.js';
import { SandboxAcquirerBooks } from './sandbox-acquirer.books.js';

/** The sandbox's test cards, as processors publish them. */
export const TEST_CARDS = {
  succeeds: '4242424242424242',
  declined: '4000000000000002',
  threeDSecure: '4000000000003220',
} as const;

@Injectable()
export class SandboxAcquirerAdapter implements AcquirerPort {
  constructor(private readonly books: SandboxAcquirerBooks) {}

  createPayment(input: { amount: bigint; idempotencyKey: string; reference: string }): Promise<CardPayment> {
    return this.books.create(input.amount, input.idempotencyKey, input.reference);
  }

  getPayment(paymentId: string): Promise<CardPayment | undefined> {
    return this.books.get(paymentId);
  }

  refund(paymentId: string): Promise<CardPayment> {
    return this.books.transition(paymentId, ['captured'], 'refunded', { balanceDelta: 'debit' });
  }

  getSettlementBalance(): Promise<bigint> {
    return this.books.balance();
  }

  /** The cardholder pays on the acquirer's page: the test card decides what happens. */
  pay(paymentId: string, cardNumber: string): Promise<CardPayment> {
    const number = cardNumber.replace(/[\s-]/g, '');
    if (number === TEST_CARDS.succeeds) return this.books.transition(paymentId, ['requires_payment_method'], 'captured', { balanceDelta: 'credit' });
    if (number === TEST_CARDS.declined) return this.books.transition(paymentId, ['requires_payment_method'], 'declined', { declineCode: 'card_declined' });
    if (number === TEST_CARDS.threeDSecure) return this.books.transition(paymentId, ['requires_payment_method'], 'requires_action');
    throw unknownTestCard();
  }

  /** The cardholder passes (or fails) the 3-D Secure challenge. */
  completeThreeDSecure(paymentId: string, succeeded: boolean): Promise<CardPayment> {
    return succeeded
      ? this.books.transition(paymentId, ['requires_action'], 'captured', { balanceDelta: 'credit' })
      : this.books.transition(paymentId, ['requires_action'], 'declined', { declineCode: 'authentication_failed' });
  }

  /** The card issuer disputes a captured payment and wins: the acquirer takes the amount back. */
  chargeBack(paymentId: string): Promise<CardPayment> {
    return this.books.transition(paymentId, ['captured'], 'charged_back', { balanceDelta: 'debit' });
  }
}
