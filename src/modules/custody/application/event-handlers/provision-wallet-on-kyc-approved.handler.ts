import { Logger } from '@nestjs/common';
import { CommandBus, EventsHandler, IEventHandler } from '@nestjs/cqrs';
import { KycApproved } from '../../../customers/index.js';
import { ProvisionWalletCommand } from '../commands/provision-wallet/provision-wallet.command.js';

/** A customer gets a custodial wallet (and, from it, an on-chain identity) once the KYC provider approved them. */
@EventsHandler(KycApproved)
export class ProvisionWalletOnKycApproved implements IEventHandler<KycApproved> {
  private readonly logger = new Logger(ProvisionWalletOnKycApproved.name);

  constructor(private readonly commands: CommandBus) {}

  async handle(event: KycApproved): Promise<void> {
    try {
      await this.commands.execute(new ProvisionWalletCommand(event.payload.customerId));
    } catch (error) {
      this.logger.error({ err: error, customerId: event.payload.customerId }, 'wallet provisioning failed; the outbox will redeliver');
      throw error;
    }
  }
}
