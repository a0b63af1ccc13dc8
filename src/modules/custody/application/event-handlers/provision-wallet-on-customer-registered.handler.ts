import { Logger } from '@nestjs/common';
import { CommandBus, EventsHandler, IEventHandler } from '@nestjs/cqrs';
import { CustomerRegistered } from '../../../customers/index.js';
import { ProvisionWalletCommand } from '../commands/provision-wallet.command.js';

/**
 * Every registered customer gets a wallet straight away. KYC (a later step) will gate the
 * on-chain identity instead: until then the walking skeleton treats sign-up as verified.
 */
@EventsHandler(CustomerRegistered)
export class ProvisionWalletOnCustomerRegistered implements IEventHandler<CustomerRegistered> {
  private readonly logger = new Logger(ProvisionWalletOnCustomerRegistered.name);

  constructor(private readonly commands: CommandBus) {}

  async handle(event: CustomerRegistered): Promise<void> {
    try {
      await this.commands.execute(new ProvisionWalletCommand(event.payload.customerId));
    } catch (error) {
      this.logger.error({ err: error, customerId: event.payload.customerId }, 'wallet provisioning failed; the outbox will redeliver');
      throw error;
    }
  }
}
