#!/usr/bin/env node
// Deposit throughput: 1,000 SEPA credits through the sandbox bank, as fast as the platform takes
// them, against the ceiling of the same anvil node (plain ERC-20 mints from a bare viem script).
//
//   npm run bench:deposits [-- --deposits 1000 --customers 20 --concurrency 16]
//
// It builds the platform (dist/) and the contracts when missing, starts the platform as its own
// process on a throw-away DATA_DIR and free ports, onboards customers, books the credits through
// POST /v1/sandbox/bank/incoming-transfers (the sandbox bank then notifies the platform by signed
// webhook, as a bank would), waits until every deposit is completed, and reads each deposit's
// history. Then, on the same anvil, it deploys a plain OpenZeppelin ERC-20 and sends as many mints
// as there were deposits from a funded anvil account with locally signed, pipelined transactions.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPublicClient, createWalletClient, encodeFunctionData, http, parseAbiItem, zeroAddress } from 'viem';
import { mnemonicToAccount } from 'viem/accounts';
import { costOfOneRead, describeCost, describeIdle, difference, dynamoSnapshot, idleCallsPerSecond, peakRssMb } from '../support/dynamo-figures.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const arg = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};
const DEPOSITS = arg('deposits', 1000);
const CUSTOMERS = arg('customers', 20);
const CONCURRENCY = arg('concurrency', 16);
const MNEMONIC = 'test test test test test test test test test test test junk';
const ADMIN = { email: 'bench-admin@eurt.test', password: 'bench-admin-password' };

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function until(what, probe, timeoutMs = 600_000, everyMs = 200) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await sleep(everyMs);
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Runs `task` over `items` with at most `limit` in flight. */
async function pool(items, limit, task) {
  const results = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await task(items[index], index);
      }
    }),
  );
  return results;
}

function build() {
  if (!existsSync(path.join(root, 'contracts', 'out', 'PlainERC20.sol', 'PlainERC20.json'))) {
    execFileSync(path.join(root, 'node_modules', '.bin', 'forge'), ['build'], { cwd: root, stdio: 'inherit' });
  }
  if (!existsSync(path.join(root, 'dist', 'main.js'))) execFileSync(path.join(root, 'node_modules', '.bin', 'nest'), ['build'], { cwd: root, stdio: 'inherit' });
}

async function startPlatform() {
  const env = {
    DATA_DIR: mkdtempSync(path.join(tmpdir(), 'eurt-bench-')),
    PORT: String(await freePort()),
    DYNAMODB_PORT: String(await freePort()),
    ANVIL_PORT: String(await freePort()),
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    AUTH_RATE_LIMIT_PER_MINUTE: '100000',
    API_RATE_LIMIT_PER_MINUTE: '100000',
    LOG_LEVEL: 'error',
  };
  const child = spawn(process.execPath, [path.join(root, 'dist', 'main.js')], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  const base = `http://127.0.0.1:${env.PORT}`;
  await until('the platform to start', async () => ((await fetch(`${base}/health`)).ok ? true : undefined), 420_000);
  return { env, child, base };
}

async function api(base, method, url, body, token) {
  const response = await fetch(`${base}${url}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

async function onboard(base, index) {
  const input = { email: `bench-${index}-${Date.now()}@example.com`, password: 'correct horse battery staple', fullName: `Bench ${index}`, phone: `+3361${String(100000 + index)}${String(Date.now() % 100).padStart(2, '0')}` };
  // Sign-up answers a session.
  const { accessToken } = await api(base, 'POST', '/v1/auth/register', input);
  // A wallet comes with KYC approval (the sandbox provider approves after its review delay).
  await api(
    base,
    'POST',
    '/v1/me/kyc',
    {
      documentType: 'passport',
      documentNumber: `P${String(index).padStart(9, '0')}`,
      dateOfBirth: '1990-04-21',
      nationality: 'FR',
      address: { line1: '12 rue de la Paix', postalCode: '75002', city: 'Paris', country: 'FR' },
    },
    accessToken,
  );
  const me = await until('a wallet', async () => {
    const body = await api(base, 'GET', '/v1/me', undefined, accessToken);
    return body.walletAddress ? body : undefined;
  });
  return { token: accessToken, wallet: me.walletAddress, reference: me.depositReference };
}

async function platformRun(platform, chain) {
  const { base } = platform;
  const customers = await pool(Array.from({ length: CUSTOMERS }, (_, i) => i), 4, (i) => onboard(base, i));
  const { address: token, identityRegistry } = await api(base, 'GET', '/v1/token');
  const isVerified = parseAbiItem('function isVerified(address) view returns (bool)');
  for (const customer of customers) {
    await until('a verified identity', async () => ((await chain.readContract({ address: identityRegistry, abi: [isVerified], functionName: 'isVerified', args: [customer.wallet] })) ? true : undefined));
  }
  const admin = (await api(base, 'POST', '/v1/auth/login', ADMIN)).accessToken;

  const amounts = Array.from({ length: DEPOSITS }, (_, i) => BigInt(100 + (i % 900)));
  const expected = amounts.reduce((sum, amount) => sum + amount, 0n);
  // The credits are booked first, notifications held: the sandbox bank's own postings do not set the pace.
  await api(base, 'POST', '/v1/sandbox/bank/webhooks/pause');
  const bookingStarted = performance.now();
  await pool(amounts, CONCURRENCY, (amount, i) =>
    api(base, 'POST', '/v1/sandbox/bank/incoming-transfers', {
      amount: amount.toString(),
      currency: 'EUR',
      reference: customers[i % customers.length].reference,
      senderIban: 'DE89370400440532013000',
      senderName: 'Bench Sender',
    }),
  );
  const booked = performance.now();
  const dynamoBefore = await dynamoSnapshot(base);
  const started = performance.now();
  await api(base, 'POST', '/v1/sandbox/bank/webhooks/resume');
  let reservesReads = 0;
  await until('every deposit to be minted', async () => {
    reservesReads += 1;
    const reserves = await api(base, 'GET', '/v1/admin/reserves', undefined, admin);
    return BigInt(reserves.totalSupply) === expected && reserves.inFlight === '0' ? reserves : undefined;
  }, 900_000, 50);
  const finished = performance.now();
  const dynamoAfter = await dynamoSnapshot(base);
  // What the bench's own reserves reads cost, to take them out of the platform's figure.
  const oneRead = await costOfOneRead(base, () => api(base, 'GET', '/v1/admin/reserves', undefined, admin));
  const dynamo = difference(dynamoAfter, dynamoBefore);
  for (const key of ['calls', 'read', 'write']) dynamo[key] -= reservesReads * oneRead[key];
  for (const [operation, value] of Object.entries(oneRead.byOperation)) dynamo.byOperation[operation] -= reservesReads * value;
  for (const [call, value] of Object.entries(oneRead.byCall)) dynamo.byCall[call] -= reservesReads * value;

  const latencies = [];
  for (const customer of customers) {
    let cursor;
    do {
      const page = await api(base, 'GET', `/v1/me/operations?limit=100${cursor ? `&cursor=${cursor}` : ''}`, undefined, customer.token);
      for (const op of page.items) {
        const received = op.history.find((change) => change.status === 'received');
        const completed = op.history.find((change) => change.status === 'completed');
        if (received && completed) latencies.push(Date.parse(completed.at) - Date.parse(received.at));
      }
      cursor = page.nextCursor;
    } while (cursor);
  }
  latencies.sort((a, b) => a - b);

  const transfer = parseAbiItem('event Transfer(address indexed from, address indexed to, uint256 value)');
  const mints = await chain.getLogs({ address: token, event: transfer, args: { from: zeroAddress }, fromBlock: 0n });
  const transactions = new Set(mints.map((log) => log.transactionHash)).size;
  return {
    seconds: (finished - started) / 1000,
    bookingSeconds: (booked - bookingStarted) / 1000,
    dynamo,
    reservesReads,
    oneReadCalls: oneRead.calls,
    completed: latencies.length,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    mintTransactions: transactions,
    mintsOnChain: mints.length,
    wallets: customers.map((customer) => customer.wallet),
  };
}

/** The ceiling: plain ERC-20 mints from a bare viem script, signed locally and pipelined. */
async function ceilingRun(rpcUrl, chain, wallets) {
  const plain = JSON.parse(readFileSync(path.join(root, 'contracts', 'out', 'PlainERC20.sol', 'PlainERC20.json'), 'utf8'));
  const account = mnemonicToAccount(MNEMONIC, { addressIndex: 0 });
  const transport = http(rpcUrl);
  const wallet = createWalletClient({ account, transport, chain: chain.chain });
  const deployHash = await wallet.deployContract({ abi: plain.abi, bytecode: plain.bytecode.object, args: [] , chain: chain.chain});
  const { contractAddress } = await chain.waitForTransactionReceipt({ hash: deployHash });
  const firstNonce = await chain.getTransactionCount({ address: account.address, blockTag: 'pending' });
  const fees = await chain.estimateFeesPerGas();
  const started = performance.now();
  const hashes = await pool(Array.from({ length: DEPOSITS }, (_, i) => i), CONCURRENCY, async (i) => {
    const serialized = await account.signTransaction({
      chainId: chain.chain.id,
      type: 'eip1559',
      to: contractAddress,
      data: encodeFunctionData({ abi: plain.abi, functionName: 'mint', args: [wallets[i % wallets.length], BigInt(100 + (i % 900))] }),
      nonce: firstNonce + i,
      gas: 100_000n,
      maxFeePerGas: fees.maxFeePerGas,
      maxPriorityFeePerGas: fees.maxPriorityFeePerGas,
    });
    return chain.sendRawTransaction({ serializedTransaction: serialized });
  });
  const receipts = await pool(hashes, CONCURRENCY, (hash) => chain.waitForTransactionReceipt({ hash, pollingInterval: 20, timeout: 600_000 }));
  const seconds = (performance.now() - started) / 1000;
  const failed = receipts.filter((receipt) => receipt.status !== 'success').length;
  return { seconds, failed };
}

async function main() {
  build();
  const platform = await startPlatform();
  const rpcUrl = `http://127.0.0.1:${platform.env.ANVIL_PORT}`;
  const probe = createPublicClient({ transport: http(rpcUrl) });
  const chainId = await probe.getChainId();
  const chain = createPublicClient({ chain: { id: chainId, name: 'anvil', nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 }, rpcUrls: { default: { http: [rpcUrl] } } }, transport: http(rpcUrl), pollingInterval: 20 });
  try {
    const run = await platformRun(platform, chain);
    const ceiling = await ceilingRun(rpcUrl, chain, run.wallets);
    const platformRate = DEPOSITS / run.seconds;
    const ceilingRate = DEPOSITS / ceiling.seconds;
    const ratio = platformRate / ceilingRate;
    console.log(`deposits: ${DEPOSITS} through the sandbox bank (${CUSTOMERS} customers, ${CONCURRENCY} in flight), all booked in ${run.bookingSeconds.toFixed(1)} s`);
    console.log(`platform: ${platformRate.toFixed(1)} deposits minted/s (${run.seconds.toFixed(1)} s from releasing the booked credits to the last mint; ${run.mintsOnChain} mints in ${run.mintTransactions} transactions, ${(run.mintsOnChain / run.mintTransactions).toFixed(1)} per transaction)`);
    console.log(`latency, webhook to completed (deposit recorded on the webhook -> completed), ${run.completed} deposits: p50 ${run.p50} ms, p99 ${run.p99} ms`);
    console.log(`ceiling: ${ceilingRate.toFixed(1)} plain ERC-20 mints/s from a bare viem script on the same anvil (${DEPOSITS} mints in ${ceiling.seconds.toFixed(1)} s${ceiling.failed ? `, ${ceiling.failed} failed` : ''})`);
    console.log(`ratio: ${ratio.toFixed(2)} of the ceiling (goal >= 0.80: ${ratio >= 0.8 ? 'met' : 'not met'}; ceiling ${ceilingRate.toFixed(1)}/s, platform ${platformRate.toFixed(1)}/s, same run)`);
    for (const line of describeCost(run.dynamo, DEPOSITS, 'deposit')) console.log(line);
    console.log(`  (the bench's ${run.reservesReads} reserves reads, ${run.oneReadCalls} call(s) each, are taken out)`);
    console.log(describeIdle(await idleCallsPerSecond(platform.base)));
    console.log(`peak RSS of the platform process: ${peakRssMb(platform.child.pid).toFixed(0)} MB (goal < 400)`);
  } finally {
    platform.child.kill('SIGTERM');
    await new Promise((resolve) => platform.child.once('exit', resolve));
    rmSync(platform.env.DATA_DIR, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
