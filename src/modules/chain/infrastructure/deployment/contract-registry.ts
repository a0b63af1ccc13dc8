import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import dynamoose from 'dynamoose';
import type { ModelType } from 'dynamoose/dist/General.js';
import type { Item } from 'dynamoose/dist/Item.js';
import type { Address } from 'viem';
import { DynamoTables, FleetLeases, isConditionFailure, stringAttributes } from '../../../data/index.js';
import type { PlatformContracts } from '../../domain/platform-contracts.js';
import { appConfig } from '../../../../shared/config/index.js';
import { chainConfig } from '../../chain.config.js';
import { ChainClients } from '../node/chain-clients.js';
import { type DeployedAddresses, deployPlatformContracts } from './platform-deployment.js';

interface DeploymentRecord extends Item {
  chainId: number;
  /** The addresses, once deployed. */
  token?: string;
  identityRegistry?: string;
  claimIssuer?: string;
  identityFactory?: string;
  deployedAt?: string;
  /** While deploying: which instance claimed the deployment, and until when (epoch ms) the claim stands. */
  claimedBy?: string;
  claimExpiresAt?: number;
}

/** Longer than a deployment takes; a claim left by an instance that died is taken over after it. */
const DEPLOY_CLAIM_MS = 300_000;
const WAIT_POLL_MS = 1_000;

/**
 * Where the platform's contracts live: configured addresses, else the ones recorded at the first
 * deployment on this chain, else a fresh deployment (recorded so a restart never redeploys). With
 * several instances starting at once, the first to claim the deployment (a conditional write on
 * the chain's record) deploys; the others wait until the addresses are recorded.
 */
@Injectable()
export class ContractRegistry {
  private readonly logger = new Logger(ContractRegistry.name);
  private readonly deployments: ModelType<DeploymentRecord>;
  private addresses?: DeployedAddresses;

  constructor(
    tables: DynamoTables,
    private readonly leases: FleetLeases,
    private readonly clients: ChainClients,
    @Inject(chainConfig.KEY) private readonly config: ConfigType<typeof chainConfig>,
    @Inject(appConfig.KEY) private readonly app: ConfigType<typeof appConfig>,
  ) {
    this.deployments = tables.define<DeploymentRecord>(
      'chain_deployments',
      new dynamoose.Schema(
        {
          chainId: { type: Number, hashKey: true },
          ...stringAttributes('token', 'identityRegistry', 'claimIssuer', 'identityFactory', 'deployedAt', 'claimedBy'),
          claimExpiresAt: Number,
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
    this.addresses = await this.recordedOrDeployed(this.clients.chain.id);
  }

  private async recordedOrDeployed(chainId: number): Promise<DeployedAddresses> {
    let waitingLogged = false;
    for (;;) {
      const recorded = await this.deployments.get({ chainId }, { consistent: true });
      if (recorded?.token) {
        if (await this.hasCode(recorded.token as Address)) return addressesOf(recorded);
        this.logger.warn({ chainId }, 'recorded contracts have no code on this chain (node state lost?); deploying anew');
      } else if (recorded?.claimedBy && (recorded.claimExpiresAt ?? 0) > Date.now() && recorded.claimedBy !== this.leases.instanceId) {
        if (!waitingLogged) this.logger.log({ chainId, deployer: recorded.claimedBy }, 'another instance is deploying the contracts; waiting for their addresses');
        waitingLogged = true;
        await new Promise((resolve) => setTimeout(resolve, WAIT_POLL_MS));
        continue;
      }
      if (await this.claim(chainId, recorded)) {
        const addresses = await deployPlatformContracts(this.clients, this.logger);
        await this.deployments.update(
          { chainId },
          { $SET: { ...addresses, deployedAt: new Date().toISOString() }, $REMOVE: ['claimedBy', 'claimExpiresAt'] },
          { condition: new dynamoose.Condition('claimedBy').eq(this.leases.instanceId) },
        );
        return addresses;
      }
    }
  }

  /** Claims the deployment if the record is as read (absent, an expired claim, or addresses without code). */
  private async claim(chainId: number, recorded: DeploymentRecord | undefined): Promise<boolean> {
    const asRead = recorded
      ? recorded.token
        ? new dynamoose.Condition('token').eq(recorded.token)
        : new dynamoose.Condition('claimExpiresAt').eq(recorded.claimExpiresAt ?? 0).and().where('claimedBy').eq(recorded.claimedBy ?? '')
      : new dynamoose.Condition('chainId').not().exists();
    try {
      await this.deployments.update(
        { chainId },
        { $SET: { claimedBy: this.leases.instanceId, claimExpiresAt: Date.now() + DEPLOY_CLAIM_MS }, $REMOVE: ['token', 'identityRegistry', 'claimIssuer', 'identityFactory', 'deployedAt'] },
        { condition: asRead },
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  get contracts(): PlatformContracts {
    if (!this.addresses) throw new Error('contracts are not loaded yet');
    return {
      chainId: this.clients.chain.id,
      ...this.addresses,
      operator: this.clients.signers.relayer.address,
      attester: this.clients.signers.attester.address,
      compliance: this.clients.signers.compliance.address,
      registrar: this.clients.signers.registrar.address,
      admin: this.clients.signers.admin.address,
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

function addressesOf(recorded: DeploymentRecord): DeployedAddresses {
  return {
    token: recorded.token as Address,
    identityRegistry: recorded.identityRegistry as Address,
    claimIssuer: recorded.claimIssuer as Address,
    identityFactory: recorded.identityFactory as Address,
  };
}
