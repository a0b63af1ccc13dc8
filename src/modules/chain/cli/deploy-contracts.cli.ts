import { Logger } from '@nestjs/common';
import type { Hex } from 'viem';
import { chainConfig } from '../chain.config.js';
import { SIGNER_KEY_SETTINGS } from '../domain/signer-roles.js';
import { deployPlatformContracts } from '../infrastructure/deployment/platform-deployment.js';
import { ChainClients } from '../infrastructure/node/chain-clients.js';

/**
 * `npm run contracts:deploy`: deploys the platform's contracts once, on the chain at CHAIN_RPC_URL,
 * from the configured admin key (each role granted to its own configured key), and prints the address settings the platform then runs with.
 * Production never deploys by itself (it refuses to boot without them), so this is the only way.
 */
async function main(): Promise<void> {
  // stdout carries only the settings, so it can be appended to an env file.
  Logger.overrideLogger(['warn', 'error']);
  const config = chainConfig();
  if (!config.CHAIN_RPC_URL) throw new Error('CHAIN_RPC_URL is not set: name the chain to deploy on');
  const clients = new ChainClients();
  await clients.connect(config, '', (name, configured) => {
    if (!configured) throw new Error(`the ${name} key is not set (${[...Object.values(SIGNER_KEY_SETTINGS), 'CLAIM_SIGNER_PRIVATE_KEY'].join(', ')}): contracts are deployed from the keys the platform runs with`);
    return configured as Hex;
  });
  const deployed = await deployPlatformContracts(clients, new Logger('DeployContracts'));
  process.stdout.write(
    [
      `TOKEN_ADDRESS=${deployed.token}`,
      `IDENTITY_REGISTRY_ADDRESS=${deployed.identityRegistry}`,
      `CLAIM_ISSUER_ADDRESS=${deployed.claimIssuer}`,
      `IDENTITY_FACTORY_ADDRESS=${deployed.identityFactory}`,
      '',
    ].join('\n'),
  );
  await clients.close();
}

main().catch((error: unknown) => {
  console.error('Deployment failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
