import type { ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ENGINE_START_TIMEOUT_MS, spawnEngine, stopEngine, stopOrphanedEngine, waitForPort, waitForPortFree } from '../../../../shared/process/child-process.js';

const PLATFORM_PACKAGES: Record<string, string> = {
  'linux-x64': '@foundry-rs/anvil-linux-amd64',
  'linux-arm64': '@foundry-rs/anvil-linux-arm64',
  'darwin-x64': '@foundry-rs/anvil-darwin-amd64',
  'darwin-arm64': '@foundry-rs/anvil-darwin-arm64',
};

/** The embedded Ethereum node: anvil from npm, its state dumped under DATA_DIR and reloaded on start. */
export class AnvilNode {
  private child?: ChildProcess;

  constructor(
    private readonly dataDir: string,
    readonly port: number,
    private readonly chainId: number,
  ) {}

  get rpcUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const pidFile = join(this.dataDir, 'run', 'anvil.pid');
    await stopOrphanedEngine(pidFile, this.dataDir);
    if (!(await waitForPortFree(this.port, '127.0.0.1', 5_000))) {
      throw new Error(`ANVIL_PORT ${this.port} is already in use; set ANVIL_PORT or CHAIN_RPC_URL`);
    }
    const stateDir = join(this.dataDir, 'anvil');
    mkdirSync(stateDir, { recursive: true });
    this.child = spawnEngine(
      anvilBinary(),
      [
        '--host',
        '127.0.0.1',
        '--port',
        String(this.port),
        '--chain-id',
        String(this.chainId),
        '--state',
        join(stateDir, 'state.json'),
        '--state-interval',
        '1',
        // Funded at start: one per platform role when a suite (fleet, production services) gives them as keys.
        '--accounts',
        '5',
      ],
      join(this.dataDir, 'logs', 'anvil.log'),
      pidFile,
    );
    await waitForPort(this.port, '127.0.0.1', ENGINE_START_TIMEOUT_MS, this.child);
  }

  async stop(): Promise<void> {
    await stopEngine(this.child);
  }
}

function anvilBinary(): string {
  const key = `${process.platform}-${process.arch}`;
  const packageName = PLATFORM_PACKAGES[key];
  if (!packageName) throw new Error(`anvil has no build for ${key}; set CHAIN_RPC_URL to an Ethereum node`);
  const packageJson = createRequire(import.meta.url).resolve(`${packageName}/package.json`);
  return join(dirname(packageJson), 'bin', 'anvil');
}
