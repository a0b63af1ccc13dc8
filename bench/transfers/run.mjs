#!/usr/bin/env node
// Transfer throughput through the API, and the ceiling next to it.
//
//   node bench/transfers/run.mjs [--transfers 2000] [--customers 100] [--no-build] [--cpu-prof DIR]
//
// Starts the platform (dist/, built first unless --no-build) on its embedded engines in a temporary
// DATA_DIR, onboards and funds the customers, then sends the transfers through POST /v1/me/transfers
// (every customer sends its share one request after the other, all customers at once, to random
// others) and waits until every one is completed. Latency is request sent -> the `completed` entry of
// the transfer's state history (same machine, same clock). Before the platform starts, in the same
// run, the ceiling: plain OpenZeppelin ERC-20 transfers per second that a fresh anvil (default
// flags, automine) accepts from a bare viem script (locally signed up front, several senders,
// sequential nonces per sender, each send awaited, until the last receipt).
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPublicClient, createWalletClient, http, parseAbi, parseEther } from 'viem';
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts';
import { costOfOneRead, describeCost, describeIdle, difference, dynamoSnapshot, idleCallsPerSecond, peakRssMb } from '../support/dynamo-figures.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const TRANSFERS = arg('transfers', 2000);
const CUSTOMERS = arg('customers', 100);
const FUNDING = 1_000_000n; // cents per customer: every transfer below is affordable
const CEILING_SENDERS = 8;
const ADMIN = { email: 'bench-admin@eurt.test', password: 'bench-admin-password' };

const log = (...parts) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...parts);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function limited(items, limit, work) {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      await work(items[index], index);
    }
  }));
}

async function eventually(probe, what, timeoutMs = 600_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await sleep(250);
  }
  throw new Error(`timed out waiting for ${what}`);
}

function build() {
  if (!existsSync(path.join(root, 'contracts', 'out', 'PlainERC20.sol', 'PlainERC20.json'))) {
    log('building the contracts (for the plain ERC-20 of the ceiling)');
    const forge = spawnSync('npm', ['run', '--silent', 'contracts:build'], { cwd: root, stdio: ['ignore', 2, 2] });
    if (forge.status !== 0) throw new Error('contracts build failed');
  }
  if (process.argv.includes('--no-build') && existsSync(path.join(root, 'dist', 'main.js'))) return;
  log('building the platform');
  const nest = spawnSync(path.join(root, 'node_modules', '.bin', 'nest'), ['build'], { cwd: root, stdio: ['ignore', 2, 2] });
  if (nest.status !== 0) throw new Error('platform build failed');
}

async function startPlatform() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'eurt-bench-'));
  const env = {
    ...process.env,
    PORT: String(await freePort()),
    DATA_DIR: dataDir,
    DYNAMODB_PORT: String(await freePort()),
    ANVIL_PORT: String(await freePort()),
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    AUTH_RATE_LIMIT_PER_MINUTE: '100000',
    API_RATE_LIMIT_PER_MINUTE: '100000',
    LOG_LEVEL: 'warn',
  };
  // --cpu-prof DIR: the platform process writes a V8 CPU profile there when it stops.
  const profileAt = process.argv.indexOf('--cpu-prof');
  const profile = profileAt > 0 ? ['--cpu-prof', '--cpu-prof-dir', process.argv[profileAt + 1]] : [];
  const child = spawn(process.execPath, [...profile, path.join(root, 'dist', 'main.js')], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
  const baseUrl = `http://127.0.0.1:${env.PORT}`;
  await eventually(async () => ((await fetch(`${baseUrl}/health/ready`)).ok ? true : undefined), 'the platform to be ready', 420_000);
  return {
    baseUrl,
    pid: child.pid,
    rpcUrl: `http://127.0.0.1:${env.ANVIL_PORT}`,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function api(baseUrl) {
  return Object.assign(async (method, route, { token, body } = {}) => {
    const response = await fetch(`${baseUrl}${route}`, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(method === 'POST' ? { 'idempotency-key': randomUUID() } : {}),
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  }, { baseUrl });
}

async function onboard(call, chain, tokenAddress) {
  const customers = [];
  await limited(Array.from({ length: CUSTOMERS }, (_, i) => i), 4, async (i) => {
    const input = { email: `bench-${i}-${Date.now()}@example.com`, password: 'bench password 1234', fullName: `Bench ${i}`, phone: `+3360${String(1_000_000 + i)}` };
    const registered = await call('POST', '/v1/auth/register', { body: input });
    if (registered.status !== 201) throw new Error(`register: ${registered.status} ${JSON.stringify(registered.body)}`);
    const kyc = await call('POST', '/v1/me/kyc', {
      token: registered.body.accessToken,
      body: {
        documentType: 'passport',
        documentNumber: `P${randomUUID().replace(/-/g, '').slice(0, 9).toUpperCase()}`,
        dateOfBirth: '1990-04-21',
        nationality: 'FR',
        address: { line1: '12 rue de la Paix', postalCode: '75002', city: 'Paris', country: 'FR' },
      },
    });
    if (kyc.status !== 202) throw new Error(`kyc: ${kyc.status} ${JSON.stringify(kyc.body)}`);
    customers.push({ id: registered.body.id, email: input.email, token: registered.body.accessToken });
  });
  const eligible = parseAbi(['function isEligible(address) view returns (bool)']);
  await limited(customers, 8, async (customer) => {
    const me = await eventually(async () => {
      const response = await call('GET', '/v1/me', { token: customer.token });
      return response.body?.walletAddress ? response.body : undefined;
    }, 'a wallet');
    customer.walletAddress = me.walletAddress;
    customer.depositReference = me.depositReference;
    await eventually(
      async () => ((await chain.readContract({ address: tokenAddress, abi: eligible, functionName: 'isEligible', args: [me.walletAddress] })) ? true : undefined),
      'a verified identity',
    );
  });
  return customers;
}

async function fund(call, customers) {
  // The sandbox bank books credits on its omnibus balance with optimistic locking: few at once, and again on a clash.
  await limited(customers, 2, async (customer) => {
    for (let attempt = 1; ; attempt++) {
      const booked = await call('POST', '/v1/sandbox/bank/incoming-transfers', {
        body: { amount: FUNDING.toString(), currency: 'EUR', reference: customer.depositReference, senderIban: 'DE89370400440532013000', senderName: 'Bench' },
      });
      if (booked.status === 202) return;
      if (booked.status !== 409 || attempt >= 5) throw new Error(`deposit: ${booked.status}`);
    }
  });
  await limited(customers, 8, (customer) =>
    eventually(async () => ((await call('GET', '/v1/me/balance', { token: customer.token })).body.available === FUNDING.toString() ? true : undefined), 'funding'),
  );
}

async function runTransfers(call, customers) {
  const plan = Array.from({ length: TRANSFERS }, (_, i) => {
    const from = i % customers.length;
    let to = Math.floor(Math.random() * (customers.length - 1));
    if (to >= from) to += 1;
    return { from, to, amount: String(1 + Math.floor(Math.random() * 500)) };
  });
  const bySender = customers.map((_, index) => plan.filter((transfer) => transfer.from === index));
  const sent = [];
  const refused = [];
  const answeredIn = [];
  const dynamoBefore = await dynamoSnapshot(call.baseUrl);
  const started = Date.now();
  await Promise.all(
    bySender.map(async (transfers) => {
      for (const transfer of transfers) {
        const sender = customers[transfer.from];
        const requestedAt = Date.now();
        const response = await call('POST', '/v1/me/transfers', { token: sender.token, body: { to: { email: customers[transfer.to].email }, amount: transfer.amount } });
        answeredIn.push(Date.now() - requestedAt);
        if (response.status === 202) sent.push({ id: response.body.id, sender, requestedAt });
        else refused.push(response);
      }
    }),
  );
  const accepted = Date.now();
  console.log(`  (${sent.length} requests answered 202 in ${((accepted - started) / 1000).toFixed(1)} s: ${(sent.length / ((accepted - started) / 1000)).toFixed(1)} requests/s)`);
  log(`${sent.length} transfers accepted in ${((accepted - started) / 1000).toFixed(1)} s (${refused.length} refused${refused.length ? `: ${JSON.stringify(refused[0])}` : ''})`);

  // Done when every transfer says so; asked one at a time, so the asking adds almost no load. Each
  // transfer's own history says when it completed.
  const completedAt = [];
  const failed = [];
  let outstanding = [...sent];
  let statusReads = 0;
  while (outstanding.length) {
    const still = [];
    await limited(outstanding, 2, async (transfer) => {
      statusReads += 1;
      const operation = (await call('GET', `/v1/operations/${transfer.id}`, { token: transfer.sender.token })).body;
      if (operation.status === 'failed') return failed.push(operation);
      const completed = operation.history.find((change) => change.status === 'completed');
      if (!completed) return still.push(transfer);
      completedAt.push({ latency: Date.parse(completed.at) - transfer.requestedAt, at: Date.parse(completed.at), hash: operation.transactionHash });
    });
    outstanding = still;
    if (outstanding.length) await sleep(1000);
  }
  const dynamoAfter = await dynamoSnapshot(call.baseUrl);
  // What the bench's own status reads cost, to take them out of the platform's figure.
  const oneRead = await costOfOneRead(call.baseUrl, () => call('GET', `/v1/operations/${sent[0].id}`, { token: sent[0].sender.token }));
  const dynamo = difference(dynamoAfter, dynamoBefore);
  for (const key of ['calls', 'read', 'write']) dynamo[key] -= statusReads * oneRead[key];
  for (const [operation, value] of Object.entries(oneRead.byOperation)) dynamo.byOperation[operation] -= statusReads * value;
  for (const [call, value] of Object.entries(oneRead.byCall)) dynamo.byCall[call] -= statusReads * value;
  const last = Math.max(...completedAt.map((entry) => entry.at));
  const latencies = completedAt.map((entry) => entry.latency).sort((a, b) => a - b);
  const percentileOf = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  const percentile = (p) => percentileOf(latencies, p);
  answeredIn.sort((a, b) => a - b);
  return {
    completed: completedAt.length,
    failed: failed.length,
    refused: refused.length,
    seconds: (last - started) / 1000,
    perSecond: completedAt.length / ((last - started) / 1000),
    p50: percentile(50),
    p99: percentile(99),
    postP50: percentileOf(answeredIn, 50),
    postP99: percentileOf(answeredIn, 99),
    transactions: new Set(completedAt.map((entry) => entry.hash)).size,
    dynamo,
    statusReads,
    oneReadCalls: oneRead.calls,
  };
}

async function startBareAnvil() {
  const port = await freePort();
  const child = spawn(path.join(root, 'node_modules', '.bin', 'anvil'), ['--port', String(port), '--silent'], { stdio: 'ignore' });
  const rpcUrl = `http://127.0.0.1:${port}`;
  await eventually(async () => ((await fetch(rpcUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}' })).ok ? true : undefined), 'anvil', 30_000);
  return {
    rpcUrl,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}

async function ceiling(rpcUrl, count) {
  const artifact = JSON.parse(readFileSync(path.join(root, 'contracts', 'out', 'PlainERC20.sol', 'PlainERC20.json'), 'utf8'));
  const chain = await createPublicClient({ transport: http(rpcUrl) }).getChainId().then((id) => ({
    id,
    name: 'anvil',
    nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
    rpcUrls: { default: { http: [rpcUrl] } },
  }));
  const publicClient = createPublicClient({ chain, transport: http(rpcUrl) });
  const senders = Array.from({ length: CEILING_SENDERS }, () => privateKeyToAccount(generatePrivateKey()));
  for (const sender of senders) {
    await publicClient.request({ method: 'anvil_setBalance', params: [sender.address, `0x${parseEther('1000').toString(16)}`] });
  }
  const deployer = createWalletClient({ chain, transport: http(rpcUrl), account: senders[0] });
  const deployed = await publicClient.waitForTransactionReceipt({ hash: await deployer.deployContract({ abi: artifact.abi, bytecode: artifact.bytecode.object, args: [] }) });
  const address = deployed.contractAddress;
  for (const sender of senders) {
    await publicClient.waitForTransactionReceipt({
      hash: await deployer.writeContract({ address, abi: artifact.abi, functionName: 'mint', args: [sender.address, 10n ** 12n] }),
    });
  }
  const recipients = Array.from({ length: 50 }, () => privateKeyToAccount(generatePrivateKey()).address);
  const fees = await publicClient.estimateFeesPerGas();
  // Signed up front: the ceiling measures what anvil accepts, not the signing.
  const signed = await Promise.all(
    senders.map(async (sender) => {
      const wallet = createWalletClient({ chain, transport: http(rpcUrl), account: sender });
      const nonce = await publicClient.getTransactionCount({ address: sender.address, blockTag: 'pending' });
      return Promise.all(
        Array.from({ length: Math.ceil(count / senders.length) }, (_, i) =>
          wallet.signTransaction({
            to: address,
            data: encodeTransfer(recipients[i % recipients.length], 1n),
            nonce: nonce + i,
            gas: 60_000n,
            maxFeePerGas: fees.maxFeePerGas * 2n,
            maxPriorityFeePerGas: fees.maxPriorityFeePerGas,
          }),
        ),
      );
    }),
  );
  const started = Date.now();
  const hashes = await Promise.all(signed.map(async (transactions) => {
    const sent = [];
    for (const serializedTransaction of transactions) sent.push(await publicClient.sendRawTransaction({ serializedTransaction }));
    return sent;
  }));
  // Accepted means mined: wait for the last of each sender.
  const receipts = await Promise.all(hashes.map((sent) => publicClient.waitForTransactionReceipt({ hash: sent[sent.length - 1], pollingInterval: 20, timeout: 600_000 })));
  const seconds = (Date.now() - started) / 1000;
  if (receipts.some((receipt) => receipt.status !== 'success')) throw new Error('a ceiling transfer reverted');
  const total = signed.reduce((sum, transactions) => sum + transactions.length, 0);
  return { count: total, seconds, perSecond: total / seconds };
}

function encodeTransfer(to, amount) {
  return `0xa9059cbb${to.slice(2).toLowerCase().padStart(64, '0')}${amount.toString(16).padStart(64, '0')}`;
}

async function main() {
  build();
  log(`ceiling: ${TRANSFERS} plain ERC-20 transfers on a fresh anvil`);
  const anvil = await startBareAnvil();
  let top;
  try {
    top = await ceiling(anvil.rpcUrl, TRANSFERS);
  } finally {
    await anvil.stop();
  }
  console.log(`ceiling, plain ERC-20 transfers on a fresh anvil from a bare viem script: ${top.count} in ${top.seconds.toFixed(2)} s = ${top.perSecond.toFixed(1)}/s`);
  const platform = await startPlatform();
  try {
    const call = api(platform.baseUrl);
    const token = (await call('GET', '/v1/token')).body;
    const chain = createPublicClient({ transport: http(platform.rpcUrl) });
    log(`platform up; onboarding ${CUSTOMERS} customers`);
    const customers = await onboard(call, chain, token.address);
    log('funding them');
    await fund(call, customers);
    log(`sending ${TRANSFERS} transfers`);
    const result = await runTransfers(call, customers);
    console.log(`transfers through the API: ${result.completed} completed of ${TRANSFERS} (${result.failed} failed, ${result.refused} refused) among ${CUSTOMERS} customers in ${result.seconds.toFixed(2)} s`);
    console.log(`  completed/s: ${result.perSecond.toFixed(1)}`);
    console.log(`  request -> completed: p50 ${result.p50} ms, p99 ${result.p99} ms`);
    console.log(`  POST /v1/me/transfers answered in: p50 ${result.postP50} ms, p99 ${result.postP99} ms (${CUSTOMERS} senders at once; goal p50 <= 50, p99 <= 250)`);
    console.log(`  settled in ${result.transactions} chain transactions (${(result.completed / result.transactions).toFixed(1)} transfers per transaction)`);
    console.log(`API completed/s vs ceiling: ${(result.perSecond / top.perSecond).toFixed(2)}x (ceiling ${top.perSecond.toFixed(1)}/s, platform ${result.perSecond.toFixed(1)}/s, same run)`);
    for (const line of describeCost(result.dynamo, result.completed, 'transfer')) console.log(line);
    console.log(`  (the bench's ${result.statusReads} status reads, ${result.oneReadCalls} call(s) each, are taken out)`);
    log('waiting 10 s after the last request, then counting idle calls');
    console.log(describeIdle(await idleCallsPerSecond(platform.baseUrl)));
    console.log(`peak RSS of the platform process: ${peakRssMb(platform.pid).toFixed(0)} MB (goal < 400)`);
  } finally {
    await platform.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
