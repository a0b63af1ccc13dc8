import { Logger } from '@nestjs/common';
import { type Abi, type Address, type Hex, encodeFunctionData, keccak256, toBytes } from 'viem';
import {
  claimIssuerAbi,
  claimIssuerBytecode,
  erc1967ProxyAbi,
  erc1967ProxyBytecode,
  euroTokenAbi,
  euroTokenBytecode,
  euroTokenComplianceModuleAbi,
  euroTokenComplianceModuleBytecode,
  identityFactoryAbi,
  identityFactoryBytecode,
  identityRegistryAbi,
  identityRegistryBytecode,
} from '../../contracts/generated/index.js';
import type { ChainClients } from '../node/chain-clients.js';

export interface DeployedAddresses {
  token: Address;
  identityRegistry: Address;
  claimIssuer: Address;
  identityFactory: Address;
}

export const KYC_CLAIM_TOPIC = 1n;
/** Mints stop when the last reserve attestation is older than this (the platform attests before each mint). */
const MAX_ATTESTATION_AGE_SECONDS = 24n * 3600n;
/** The operator's mint allowance (set at construction; raising it later waits for the admin delay). */
const OPERATOR_MINT_ALLOWANCE = 10n ** 15n;
/**
 * The admin delay of the token and the registry: a two-step admin transfer, an upgrade, a new minter or a
 * higher allowance wait this long.
 */
const ADMIN_DELAY_SECONDS = 2n * 24n * 3600n;

const role = (name: string) => keccak256(toBytes(name));

/**
 * Deploys the platform's contracts from the operator key and wires their roles to it: identity
 * factory, identity registry, claim issuer (trusting the platform's claim signer), and the token
 * bound to the registry. The token and the registry are upgradeable: each is an implementation behind
 * an ERC-1967 proxy initialized in the proxy's constructor (one transaction, so nobody can initialize
 * it first), and the proxy's address is the one recorded. Runs once per chain; the addresses are then
 * kept in the registry table.
 */
export async function deployPlatformContracts(clients: ChainClients, logger: Logger): Promise<DeployedAddresses> {
  const operator = clients.operator.address;
  const identityFactory = await deploy(clients, identityFactoryAbi, identityFactoryBytecode, []);
  const identityRegistry = await deployBehindProxy(clients, identityRegistryAbi, identityRegistryBytecode, [], [
    operator,
    ADMIN_DELAY_SECONDS,
    identityFactory,
    KYC_CLAIM_TOPIC,
  ]);
  const claimIssuer = await deploy(clients, claimIssuerAbi, claimIssuerBytecode, [operator, clients.claimSigner.address]);
  // The token's implementation forwards its compliance and admin functions to this module (EIP-170 code limit).
  const complianceModule = await deploy(clients, euroTokenComplianceModuleAbi, euroTokenComplianceModuleBytecode, []);
  const token = await deployBehindProxy(clients, euroTokenAbi, euroTokenBytecode, [complianceModule], [
    operator,
    ADMIN_DELAY_SECONDS,
    identityRegistry,
    MAX_ATTESTATION_AGE_SECONDS,
    operator,
    OPERATOR_MINT_ALLOWANCE,
  ]);

  await call(clients, identityRegistry, identityRegistryAbi, 'grantRole', [role('AGENT_ROLE'), operator]);
  await call(clients, identityRegistry, identityRegistryAbi, 'addTrustedIssuer', [claimIssuer]);
  await call(clients, identityRegistry, identityRegistryAbi, 'bindToken', [token]);
  // Revocations and signing-key removals at the issuer invalidate the registry's cached eligibility at once.
  await call(clients, claimIssuer, claimIssuerAbi, 'setRegistry', [identityRegistry]);
  // The minter role came with the constructor. One key holds every role here (see contracts/README.md, "Roles").
  for (const name of ['BURNER_ROLE', 'PAUSER_ROLE', 'COMPLIANCE_ROLE', 'RESERVE_ATTESTER_ROLE', 'NOTARY_ROLE']) {
    await call(clients, token, euroTokenAbi, 'grantRole', [role(name), operator]);
  }
  const addresses = { token, identityRegistry, claimIssuer, identityFactory };
  logger.log(addresses, 'platform contracts deployed');
  return addresses;
}

/** Deploys the implementation, then the ERC-1967 proxy that delegates to it and calls `initialize(initArgs)`. */
async function deployBehindProxy(
  clients: ChainClients,
  abi: Abi,
  bytecode: Hex,
  constructorArgs: readonly unknown[],
  initArgs: readonly unknown[],
): Promise<Address> {
  const implementation = await deploy(clients, abi, bytecode, constructorArgs);
  const initialize = encodeFunctionData({ abi, functionName: 'initialize', args: initArgs });
  return deploy(clients, erc1967ProxyAbi, erc1967ProxyBytecode, [implementation, initialize]);
}

async function deploy(clients: ChainClients, abi: Abi, bytecode: Hex, args: readonly unknown[]): Promise<Address> {
  const hash = await clients.operatorWallet.deployContract({ abi, bytecode, args, account: clients.operator, chain: clients.chain });
  const receipt = await clients.publicClient.waitForTransactionReceipt({ hash, confirmations: clients.confirmations + 1 });
  if (receipt.status !== 'success' || !receipt.contractAddress) throw new Error(`deployment reverted (${hash})`);
  return receipt.contractAddress;
}

async function call(clients: ChainClients, address: Address, abi: Abi, functionName: string, args: readonly unknown[]): Promise<void> {
  const { request } = await clients.publicClient.simulateContract({ address, abi, functionName, args, account: clients.operator });
  const hash = await clients.operatorWallet.writeContract(request);
  const receipt = await clients.publicClient.waitForTransactionReceipt({ hash, confirmations: clients.confirmations + 1 });
  if (receipt.status !== 'success') throw new Error(`${functionName} reverted during deployment (${hash})`);
}
