import { CommandHandler, ICommandHandler, QueryBus } from '@nestjs/cqrs';
import type { TypedDataDefinition } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { GetPlatformContractsQuery } from '../../../../chain/index.js';
import { signingRefused, walletNotFound } from '../../../domain/custody.errors.js';
import { refusalOf } from '../../../domain/typed-data-policy.js';
import { WalletRepository } from '../../../infrastructure/persistence/wallet.repository.js';
import { SignTypedDataCommand, TypedDataSignature } from './sign-typed-data.command.js';

@CommandHandler(SignTypedDataCommand)
export class SignTypedDataHandler implements ICommandHandler<SignTypedDataCommand> {
  constructor(
    private readonly wallets: WalletRepository,
    private readonly queries: QueryBus,
  ) {}

  async execute({ customerId, typedData }: SignTypedDataCommand): Promise<TypedDataSignature> {
    const wallet = await this.wallets.find(customerId);
    if (!wallet) throw walletNotFound();
    // The key being replaced is presumed lost or stolen: nothing more is signed with it.
    if (wallet.recoveryId) throw signingRefused('a wallet recovery is in progress');
    const contracts = await this.queries.execute(new GetPlatformContractsQuery());
    const refusal = refusalOf(typedData, { chainId: contracts.chainId, token: contracts.token, wallet: wallet.address, notary: contracts.operator });
    if (refusal) throw signingRefused(refusal);
    return this.wallets.withPrivateKey(customerId, async (privateKey, address) => {
      // A recovery may have switched the key since the policy read the wallet: sign only as the checked address.
      if (address !== wallet.address) throw signingRefused('the wallet changed while signing');
      const signature = await privateKeyToAccount(privateKey).signTypedData(typedData as unknown as TypedDataDefinition);
      return { signature, signer: address };
    });
  }
}
