import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import dynamoose from 'dynamoose';
import type { ModelType } from 'dynamoose/dist/General.js';
import type { Item } from 'dynamoose/dist/Item.js';
import type { Address } from 'viem';
import { DynamoTables } from '../../../data/index.js';
import type { PlatformContracts } from '../../domain/platform-contracts.js';
import { appConfig } from '../../../../shared/config/index.js';
import { chainConfig } from '../../chain.config.js';
import { ChainClients } from '../node/chain-clients.js';
import { type DeployedAddresses, deployPlatformContracts } from './platform-deployment.js';

interface DeploymentRecord extends Item {
  chainId: number;
  token: string;
  identityRegistry: string;
  claimIssuer: string;
  identityFactory: string;
  deployedAt: string;
}

/**
 * Where the platform's contracts live: configured addresses, else the ones recorded at the first
 * deployment on this chain, else a fresh deployment (recorded so a restart never redeploys).
 */
@Injectable()
export class ContractRegistry {
  private readonly logger = new Logger(ContractRegistry.name);
  private readonly deployments: ModelType<DeploymentRecord>;
  private addresses?: DeployedAddresses;

  constructor(
    tables: DynamoTables,
    private readonly clients: ChainClients,
    @Inject(chainConfig.KEY) private readonly config: ConfigType<typeof chainConfig>,
    @Inject(appConfig.KEY) private readonly app: ConfigType<typeof appConfig>,
  ) {
    this.deployments = tables.define<DeploymentRecord>(
      'chain_deployments',
      new dynamoose.Schema(
        {
          chainId: { type: Number, hashKey: true },
          token: String,
          identityRegistry: String,
          claimIssuer: String,
          identityFactory: String,
          deployedAt: String,
        },
        { saveUnknown: false },
      ),
    );
  }

  async load(): Promise<void> {
    const { TOKEN_ADDRESS, IDENTITY_REGISTRY_ADDRESS, CLAIM_ISSUER_ADDRESS, IDENTITY_FACTORY_ADDRESS } = this.config;
    if (TOKEN_ADDRESS && IDENTITY_REGISTRY_ADDRESS && CLAIM_ISSUER_ADDRESS && IDENTITY_FACTORY_ADDRESS) {
      this.addresses = {
        token: TOKEN_ADDRESS as Address,
        identityRegistry: IDENTITY_REGISTRY_ADDRESS as Address,
        claimIssuer: CLAIM_ISSUER_ADDRESS as Address,
        identityFactory: IDENTITY_FACTORY_ADDRESS as Address,
      };
      await this.refuseMissingContractsInProduction();
      return;
    }
    // Fail closed: production never deploys on a real chain, it runs on the configured contracts.
    if (this.app.NODE_ENV === 'production') {
      throw new Error('Refusing to start with NODE_ENV=production: TOKEN_ADDRESS, IDENTITY_REGISTRY_ADDRESS, CLAIM_ISSUER_ADDRESS and IDENTITY_FACTORY_ADDRESS must all be set');
    }
    const chainId = this.clients.chain.id;
    const recorded = await this.deployments.get({ chainId });
    if (recorded && (await this.hasCode(recorded.token as Address))) {
      this.addresses = {
        token: recorded.token as Address,
        identityRegistry: recorded.identityRegistry as Address,
        claimIssuer: recorded.claimIssuer as Address,
        identityFactory: recorded.identityFactory as Address,
      };
      return;
    }
    if (recorded) this.logger.warn({ chainId }, 'recorded contracts have no code on this chain (node state lost?); deploying anew');
    this.addresses = await deployPlatformContracts(this.clients, this.logger);
    await this.deployments.create({ chainId, ...this.addresses, deployedAt: new Date().toISOString() }, { overwrite: true });
  }

  get contracts(): PlatformContracts {
    if (!this.addresses) throw new Error('contracts are not loaded yet');
    return {
      chainId: this.clients.chain.id,
      ...this.addresses,
      operator: this.clients.operator.address,
      claimSigner: this.clients.claimSigner.address,
    };
  }

  private async refuseMissingContractsInProduction(): Promise<void> {
    if (this.app.NODE_ENV !== 'production' || !this.addresses) return;
    const names: Record<keyof DeployedAddresses, string> = {
      token: 'TOKEN_ADDRESS',
      identityRegistry: 'IDENTITY_REGISTRY_ADDRESS',
      claimIssuer: 'CLAIM_ISSUER_ADDRESS',
      identityFactory: 'IDENTITY_FACTORY_ADDRESS',
    };
    for (const [contract, address] of Object.entries(this.addresses) as [keyof DeployedAddresses, Address][]) {
      if (!(await this.hasCode(address))) throw new Error(`Refusing to start with NODE_ENV=production: no contract at ${names[contract]} ${address}`);
    }
  }

  private async hasCode(address: Address): Promise<boolean> {
    const code = await this.clients.publicClient.getCode({ address });
    return Boolean(code && code !== '0x');
  }
}
