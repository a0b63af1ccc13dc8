import { Logger } from '@nestjs/common';
import {
  type Account,
  type Address,
  type Chain,
  type PublicClient,
  type WalletClient,
  createPublicClient,
  createWalletClient,
  defineChain,
  http,
  parseEther,
} from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import type { Hex } from 'viem';
import type { ChainConfig } from '../../chain.config.js';
import { SIGNER_KEY_SETTINGS, SIGNER_ROLES, type SignerRole } from '../../domain/signer-roles.js';
import { AnvilNode } from './anvil-node.js';

/** The name each role's generated key is kept under in DATA_DIR (the relayer's predates the split). */
const KEY_FILE_NAMES: Record<SignerRole, string> = { relayer: 'operator', attester: 'attester', compliance: 'compliance', registrar: 'registrar', admin: 'admin' };

/** viem clients for the configured network (or the embedded anvil node), and the platform's accounts. */
export class ChainClients {
  private readonly logger = new Logger(ChainClients.name);
  private node?: AnvilNode;
  private readonly wallets = new Map<string, WalletClient>();
  chain!: Chain;
  publicClient!: PublicClient;
  /** One account per role (domain/signer-roles.ts). */
  signers!: Record<SignerRole, Account>;
  claimSigner!: Account;
  embedded = false;
  confirmations = 0;

  /** `platformKey` gives each role's and the claim signer's key: the configured one, or one kept under DATA_DIR. */
  async connect(config: ChainConfig, dataDir: string, platformKey: (name: string, configured?: string) => Hex): Promise<void> {
    let rpcUrl = config.CHAIN_RPC_URL;
    if (!rpcUrl) {
      this.node = new AnvilNode(dataDir, config.ANVIL_PORT, config.ANVIL_CHAIN_ID);
      await this.node.start();
      rpcUrl = this.node.rpcUrl;
      this.embedded = true;
      this.logger.log({ rpcUrl }, 'embedded anvil node started');
    }
    const probe = createPublicClient({ transport: http(rpcUrl) });
    const chainId = await probe.getChainId();
    this.chain = defineChain({
      id: chainId,
      name: this.embedded ? 'anvil' : `chain-${chainId}`,
      nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
      rpcUrls: { default: { http: [rpcUrl] } },
    });
    const transport = http(rpcUrl, { batch: false, retryCount: 3 });
    this.publicClient = createPublicClient({ chain: this.chain, transport, pollingInterval: 250 }) as PublicClient;
    const configured = config as unknown as Record<string, string | undefined>;
    this.signers = Object.fromEntries(
      SIGNER_ROLES.map((role) => [role, privateKeyToAccount(platformKey(KEY_FILE_NAMES[role], configured[SIGNER_KEY_SETTINGS[role]]))]),
    ) as Record<SignerRole, Account>;
    this.claimSigner = privateKeyToAccount(platformKey('claim-signer', config.CLAIM_SIGNER_PRIVATE_KEY));
    for (const account of Object.values(this.signers)) {
      this.wallets.set(account.address.toLowerCase(), createWalletClient({ chain: this.chain, transport, account }));
    }
    // Instant finality on the embedded node; real networks wait for a few blocks.
    this.confirmations = config.CHAIN_CONFIRMATIONS ?? (this.embedded ? 0 : 2);
    if (this.embedded) await this.fundSignersOnEmbeddedNode();
  }

  /** The relayer: mints, relays customers' transfers, notary of holds. */
  get operator(): Account {
    return this.signers.relayer;
  }

  /** The distinct signing accounts (several roles may share one key outside production). */
  get signerAddresses(): Address[] {
    return [...new Set(Object.values(this.signers).map((account) => account.address))];
  }

  /** The wallet client signing for `address`, one of the platform's accounts. */
  walletOf(address: string): { wallet: WalletClient; account: Account } {
    const wallet = this.wallets.get(address.toLowerCase());
    if (!wallet?.account) throw new Error(`${address} is not one of the platform's signing accounts`);
    return { wallet, account: wallet.account };
  }

  /** The roles an address signs for. */
  rolesOf(address: string): SignerRole[] {
    return SIGNER_ROLES.filter((role) => this.signers[role].address.toLowerCase() === address.toLowerCase());
  }

  /** Every account pays its own fees: on the embedded node they are funded from the start. */
  private async fundSignersOnEmbeddedNode(): Promise<void> {
    for (const address of this.signerAddresses) {
      const balance = await this.publicClient.getBalance({ address });
      if (balance < parseEther('1000')) {
        await this.publicClient.request({
          method: 'anvil_setBalance' as never,
          params: [address, `0x${parseEther('1000000').toString(16)}`] as never,
        });
      }
    }
  }

  async close(): Promise<void> {
    await this.node?.stop();
  }
}
