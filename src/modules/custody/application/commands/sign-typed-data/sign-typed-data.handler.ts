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
    const contracts = await this.queries.execute(new GetPlatformContractsQuery());
    // One consistent read gives the key and the wallet the policy checks: the key signs only as that checked address.
    return this.wallets.withPrivateKey(
      customerId,
      async (privateKey, address) => ({ signature: await privateKeyToAccount(privateKey).signTypedData(typedData as unknown as TypedDataDefinition), signer: address }),
      (wallet) => {
        if (!wallet) throw walletNotFound();
        // The key being replaced is presumed lost or stolen: nothing more is signed with it.
        if (wallet.recoveryId) throw signingRefused('a wallet recovery is in progress');
        const refusal = refusalOf(typedData, { chainId: contracts.chainId, token: contracts.token, wallet: wallet.address, notary: contracts.operator });
        if (refusal) throw signingRefused(refusal);
      },
    );
  }
}
