import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ACQUIRER_PORT, type AcquirerPort, type CardPayment } from '../../../ports/acquirer.port.js';
import { CreateCardPaymentCommand } from './create-card-payment.command.js';

@CommandHandler(CreateCardPaymentCommand)
export class CreateCardPaymentHandler implements ICommandHandler<CreateCardPaymentCommand> {
  constructor(@Inject(ACQUIRER_PORT) private readonly acquirer: AcquirerPort) {}
  execute({ payment }: CreateCardPaymentCommand): Promise<CardPayment> {
    return this.acquirer.createPayment(payment);
  }
}
