/**
 * The card acquirer: card payments for top-ups, their outcome, refunds and chargebacks. The
 * sandbox acquirer and the top-up flow arrive with the money-in issue; this is the seam.
 */
export interface CardPayment {
  paymentId: string;
  amount: bigint;
  currency: 'EUR';
  status: 'created' | 'requires_action' | 'authorized' | 'captured' | 'declined' | 'refunded' | 'charged_back';
}

export interface AcquirerPort {
  createPayment(input: { amount: bigint; idempotencyKey: string; customerId: string }): Promise<CardPayment>;
  getPayment(paymentId: string): Promise<CardPayment>;
  refund(paymentId: string, amount: bigint): Promise<CardPayment>;
}

export const ACQUIRER_PORT = Symbol('ACQUIRER_PORT');
