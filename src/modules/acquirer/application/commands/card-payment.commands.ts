import { Inject } from '@nestjs/common';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { paymentNotFound } from '../../domain/acquirer.errors.js';
import { ACQUIRER_PORT, type AcquirerPort, type CardPayment } from '../../ports/acquirer.port.js';

/** Creates a card payment the customer then pays on the acquirer's page; idempotent by key. */
export class CreateCardPaymentCommand extends Command<CardPayment> {
  constructor(readonly payment: { amount: bigint; idempotencyKey: string; reference: string }) {
    super();
  }
}

/** Refunds a captured card payment in full; the outcome arrives by webhook (`payment.refunded`). */
export class RefundCardPaymentCommand extends Command<CardPayment> {
  constructor(readonly paymentId: string) {
    super();
  }
}

@CommandHandler(CreateCardPaymentCommand)
export class CreateCardPaymentHandler implements ICommandHandler<CreateCardPaymentCommand> {
  constructor(@Inject(ACQUIRER_PORT) private readonly acquirer: AcquirerPort) {}
  execute({ payment }: CreateCardPaymentCommand): Promise<CardPayment> {
    return this.acquirer.createPayment(payment);
  }
}

@CommandHandler(RefundCardPaymentCommand)
export class RefundCardPaymentHandler implements ICommandHandler<RefundCardPaymentCommand> {
  constructor(@Inject(ACQUIRER_PORT) private readonly acquirer: AcquirerPort) {}
  async execute({ paymentId }: RefundCardPaymentCommand): Promise<CardPayment> {
    const payment = await this.acquirer.getPayment(paymentId);
    if (!payment) throw paymentNotFound(paymentId);
    return this.acquirer.refund(paymentId);
  }
}
