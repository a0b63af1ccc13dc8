import { Logger } from '@nestjs/common';
import { type Abi, type Account, type Address, type Hex, encodeFunctionData, keccak256, toBytes } from 'viem';
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
/** The relayer's mint allowance (set at construction; raising it later waits for the admin delay). */
const OPERATOR_MINT_ALLOWANCE = 10n ** 15n;
/**
 * The admin delay of the token and the registry: a two-step admin transfer, an upgrade, a new minter or a
 * higher allowance wait this long.
 */
const ADMIN_DELAY_SECONDS = 2n * 24n * 3600n;

const role = (name: string) => keccak256(toBytes(name));

/**
 * Deploys the platform's contracts from the admin key and gives each role to its own account
 * (domain/signer-roles.ts): identity factory, identity registry (agent: the registrar), claim issuer
 * (managed by the registrar, trusting the platform's claim signer), and the token bound to the
 * registry. The token and the registry are upgradeable: each is an implementation behind an ERC-1967
 * proxy initialized in the proxy's constructor (one transaction, so nobody can initialize it first),
 * and the proxy's address is the one recorded. Runs once per chain; the addresses are then kept in
 * the registry table.
 */
export async function deployPlatformContracts(clients: ChainClients, logger: Logger): Promise<DeployedAddresses> {
  const { admin, relayer, attester, compliance, registrar } = clients.signers;
  const identityFactory = await deploy(clients, identityFactoryAbi, identityFactoryBytecode, []);
  const identityRegistry = await deployBehindProxy(clients, identityRegistryAbi, identityRegistryBytecode, [], [
    admin.address,
    ADMIN_DELAY_SECONDS,
    identityFactory,
    KYC_CLAIM_TOPIC,
  ]);
  const claimIssuer = await deploy(clients, claimIssuerAbi, claimIssuerBytecode, [registrar.address, clients.claimSigner.address]);
  // The token's implementation forwards its compliance and admin functions to this module (EIP-170 code limit).
  const complianceModule = await deploy(clients, euroTokenComplianceModuleAbi, euroTokenComplianceModuleBytecode, []);
  const token = await deployBehindProxy(clients, euroTokenAbi, euroTokenBytecode, [complianceModule], [
    admin.address,
    ADMIN_DELAY_SECONDS,
    identityRegistry,
    MAX_ATTESTATION_AGE_SECONDS,
    relayer.address,
    OPERATOR_MINT_ALLOWANCE,
  ]);

  await call(clients, identityRegistry, identityRegistryAbi, 'grantRole', [role('AGENT_ROLE'), registrar.address]);
  await call(clients, identityRegistry, identityRegistryAbi, 'addTrustedIssuer', [claimIssuer]);
  await call(clients, identityRegistry, identityRegistryAbi, 'bindToken', [token]);
  // Revocations and signing-key removals at the issuer invalidate the registry's cached eligibility at once.
  await call(clients, claimIssuer, claimIssuerAbi, 'setRegistry', [identityRegistry], registrar);
  // The minter role came with the constructor; every other role to the account that uses it (contracts/README.md, "Roles").
  const grants: [string, Account][] = [
    ['BURNER_ROLE', relayer], // burns what a withdrawal's hold brings in
    ['NOTARY_ROLE', relayer],
    ['RESERVE_ATTESTER_ROLE', attester],
    ['COMPLIANCE_ROLE', compliance],
    ['BURNER_ROLE', compliance], // a seizure to the zero address needs both
    ['PAUSER_ROLE', compliance],
  ];
  for (const [name, account] of grants) await call(clients, token, euroTokenAbi, 'grantRole', [role(name), account.address]);
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
  const { wallet, account } = clients.walletOf(clients.signers.admin.address);
  const hash = await wallet.deployContract({ abi, bytecode, args, account, chain: clients.chain });
  const receipt = await clients.publicClient.waitForTransactionReceipt({ hash, confirmations: clients.confirmations + 1 });
  if (receipt.status !== 'success' || !receipt.contractAddress) throw new Error(`deployment reverted (${hash})`);
  return receipt.contractAddress;
}

async function call(clients: ChainClients, address: Address, abi: Abi, functionName: string, args: readonly unknown[], from = clients.signers.admin): Promise<void> {
  const { wallet, account } = clients.walletOf(from.address);
  const { request } = await clients.publicClient.simulateContract({ address, abi, functionName, args, account });
  const hash = await wallet.writeContract(request);
  const receipt = await clients.publicClient.waitForTransactionReceipt({ hash, confirmations: clients.confirmations + 1 });
  if (receipt.status !== 'success') throw new Error(`${functionName} reverted during deployment (${hash})`);
}
