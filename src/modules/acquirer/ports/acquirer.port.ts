/**
 * The card acquirer: card payments for top-ups, their outcome, refunds; disputes (chargebacks)
 * arrive later. Outcomes arrive by signed webhook; the sandbox adapter behaves like a processor.
 */
export type CardPaymentStatus = 'requires_payment_method' | 'requires_action' | 'captured' | 'declined' | 'refunded' | 'charged_back';

export interface CardPayment {
  paymentId: string;
  amount: bigint;
  currency: 'EUR';
  status: CardPaymentStatus;
  declineCode?: string;
  /** Present once the payment was captured (it stays after a refund or chargeback). */
  capturedAt?: string;
}

export interface AcquirerPort {
  /** Idempotent: the same key returns the same payment. */
  createPayment(input: { amount: bigint; idempotencyKey: string; reference: string }): Promise<CardPayment>;
  getPayment(paymentId: string): Promise<CardPayment | undefined>;
  /** Refunds a captured payment in full; idempotent (refunding a refunded payment returns it). */
  refund(paymentId: string): Promise<CardPayment>;
  /** Funds the acquirer holds for the platform (captured, not yet paid out): part of the reserve. */
  getSettlementBalance(): Promise<bigint>;
}

export const ACQUIRER_PORT = Symbol('ACQUIRER_PORT');
