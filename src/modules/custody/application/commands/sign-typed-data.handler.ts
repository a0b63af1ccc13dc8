import { CommandHandler, ICommandHandler, QueryBus } from '@nestjs/cqrs';
import { getAddress, type Hex, isAddressEqual } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { ForbiddenError, NotFoundError } from '../../../../shared/errors/index.js';
import { GetPlatformContractsQuery } from '../../../chain/index.js';
import { WalletRepository } from '../../infrastructure/wallet.repository.js';
import { SignTypedDataCommand } from './sign-typed-data.command.js';

@CommandHandler(SignTypedDataCommand)
export class SignTypedDataHandler implements ICommandHandler<SignTypedDataCommand> {
  constructor(
    private readonly wallets: WalletRepository,
    private readonly queries: QueryBus,
  ) {}

  async execute({ customerId, typedData }: SignTypedDataCommand): Promise<{ signer: Hex; signature: Hex }> {
    const contracts = await this.queries.execute(new GetPlatformContractsQuery());
    const verifyingContract = typedData.domain?.verifyingContract;
    const ours = [contracts.token, contracts.identityRegistry];
    if (
      !verifyingContract ||
      Number(typedData.domain?.chainId) !== contracts.chainId ||
      !ours.some((address) => isAddressEqual(address, getAddress(verifyingContract)))
    ) {
      throw new ForbiddenError('CUSTODY.SIGNING_REFUSED', 'Custody signs only typed data for the platform contracts on this chain.');
    }
    const wallet = await this.wallets.find(customerId);
    if (!wallet) throw new NotFoundError('CUSTODY.NO_WALLET', 'The customer has no wallet.');
    return this.wallets.withPrivateKey(customerId, async (privateKey) => {
      const account = privateKeyToAccount(privateKey);
      return { signer: account.address, signature: await account.signTypedData(typedData) };
    });
  }
}
