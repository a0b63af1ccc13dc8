import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { paymentNotFound } from '../../../domain/acquirer.errors.js';
import { ACQUIRER_PORT, type AcquirerPort, type CardPayment } from '../../../ports/acquirer.port.js';
import { RefundCardPaymentCommand } from './refund-card-payment.command.js';

@CommandHandler(RefundCardPaymentCommand)
export class RefundCardPaymentHandler implements ICommandHandler<RefundCardPaymentCommand> {
  constructor(@Inject(ACQUIRER_PORT) private readonly acquirer: AcquirerPort) {}
  async execute({ paymentId }: RefundCardPaymentCommand): Promise<CardPayment> {
    const payment = await this.acquirer.getPayment(paymentId);
    if (!payment) throw paymentNotFound(paymentId);
    return this.acquirer.refund(paymentId);
  }
}
