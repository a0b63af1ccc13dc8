import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts';
import { isDataConflict } from '../../../../data/index.js';
import { WalletCreated } from '../../../domain/events/wallet.events.js';
import type { WalletView } from '../../../domain/wallet.js';
import { WalletRepository } from '../../../infrastructure/persistence/wallet.repository.js';
import { ProvisionWalletCommand } from './provision-wallet.command.js';

@CommandHandler(ProvisionWalletCommand)
export class ProvisionWalletHandler implements ICommandHandler<ProvisionWalletCommand> {
  constructor(private readonly wallets: WalletRepository) {}

  async execute({ customerId }: ProvisionWalletCommand): Promise<WalletView> {
    const existing = await this.wallets.find(customerId);
    if (existing) return existing;
    const privateKey = generatePrivateKey();
    const { address } = privateKeyToAccount(privateKey);
    try {
      await this.wallets.create(customerId, address, privateKey, [new WalletCreated(customerId, { customerId, address })]);
      return { customerId, address, status: 'created' };
    } catch (error) {
      if (!isDataConflict(error)) throw error; // a concurrent delivery created it first
    }
    return (await this.wallets.find(customerId)) as WalletView;
  }
}
