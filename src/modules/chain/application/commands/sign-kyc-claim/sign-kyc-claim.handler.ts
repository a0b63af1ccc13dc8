import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { encodeAbiParameters } from 'viem';
import { ContractRegistry } from '../../../infrastructure/deployment/contract-registry.js';
import { KYC_CLAIM_TOPIC } from '../../../infrastructure/deployment/platform-deployment.js';
import { ChainClients } from '../../../infrastructure/node/chain-clients.js';
import { SignKycClaimCommand, SignedKycClaim } from './sign-kyc-claim.command.js';

@CommandHandler(SignKycClaimCommand)
export class SignKycClaimHandler implements ICommandHandler<SignKycClaimCommand> {
  constructor(
    private readonly clients: ChainClients,
    private readonly registry: ContractRegistry,
  ) {}

  async execute({ claim }: SignKycClaimCommand): Promise<SignedKycClaim> {
    const { claimIssuer, identityRegistry, chainId } = this.registry.contracts;
    const signer = this.clients.claimSigner;
    if (!signer.signTypedData) throw new Error('the claim signer cannot sign typed data');
    const signature = await signer.signTypedData({
      domain: { name: 'EURT Claim Issuer', version: '1', chainId, verifyingContract: claimIssuer },
      types: {
        Claim: [
          { name: 'identity', type: 'address' },
          { name: 'topic', type: 'uint256' },
          { name: 'registry', type: 'address' },
          { name: 'expiresAt', type: 'uint256' },
          { name: 'nonce', type: 'uint256' },
        ],
      },
      primaryType: 'Claim',
      message: { identity: claim.identity, topic: KYC_CLAIM_TOPIC, registry: identityRegistry, expiresAt: claim.expiresAt, nonce: claim.nonce },
    });
    const data = encodeAbiParameters(
      [{ type: 'address' }, { type: 'uint256' }, { type: 'uint256' }],
      [identityRegistry, claim.expiresAt, claim.nonce],
    );
    return { issuer: claimIssuer, topic: KYC_CLAIM_TOPIC, signature, data };
  }
}
