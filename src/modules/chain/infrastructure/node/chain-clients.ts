import { Logger } from '@nestjs/common';
import {
  type Account,
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
import { AnvilNode } from './anvil-node.js';

/** viem clients for the configured network (or the embedded anvil node), and the platform's accounts. */
export class ChainClients {
  private readonly logger = new Logger(ChainClients.name);
  private node?: AnvilNode;
  chain!: Chain;
  publicClient!: PublicClient;
  operatorWallet!: WalletClient;
  operator!: Account;
  claimSigner!: Account;
  embedded = false;
  confirmations = 0;

  /** `platformKey` gives the operator's and the claim signer's key: the configured one, or one kept under DATA_DIR. */
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
    this.operator = privateKeyToAccount(platformKey('operator', config.OPERATOR_PRIVATE_KEY));
    this.claimSigner = privateKeyToAccount(platformKey('claim-signer', config.CLAIM_SIGNER_PRIVATE_KEY));
    this.operatorWallet = createWalletClient({ chain: this.chain, transport, account: this.operator });
    // Instant finality on the embedded node; real networks wait for a few blocks.
    this.confirmations = config.CHAIN_CONFIRMATIONS ?? (this.embedded ? 0 : 2);
    if (this.embedded) await this.fundOperatorOnEmbeddedNode();
  }

  private async fundOperatorOnEmbeddedNode(): Promise<void> {
    const balance = await this.publicClient.getBalance({ address: this.operator.address });
    if (balance < parseEther('1000')) {
      await this.publicClient.request({
        method: 'anvil_setBalance' as never,
        params: [this.operator.address, `0x${parseEther('1000000').toString(16)}`] as never,
      });
    }
  }

  async close(): Promise<void> {
    await this.node?.stop();
  }
}
