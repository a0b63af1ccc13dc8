#!/usr/bin/env node
// Onboarding throughput: how fast the platform turns sign-ups into verified holders.
//
//   npm run bench:onboarding                       # 200 customers, 20 at a time
//   node bench/onboarding/run.mjs --customers 200 --concurrency 20 [--decision-delay-ms 1500] [--no-build] [--cpu-prof DIR]
//
// It builds the platform (nest build), starts it as its own process on the embedded engines
// (DynamoDB Local and anvil on free ports, a throw-away DATA_DIR), and drives each customer over
// HTTP as the app would: register (which signs in), POST /v1/me/kyc, then polls GET /v1/me (every 250 ms, as
// an app would) for the wallet, and watches the identity registry's IdentityRegistered events (one
// log poll every 100 ms for all customers, so the bench does not load the node with per-customer
// polls), then checks isVerified(wallet) on chain. Latency is from the register request to the
// registration seen on chain; throughput is customers completed per second of wall time.
// The sandbox KYC provider's review delay (KYC_SANDBOX_DECISION_DELAY_MS) is part of every
// latency: pass --decision-delay-ms 0 to measure the platform alone.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPublicClient, http, parseAbi } from 'viem';
import { describeCost, difference, dynamoSnapshot, peakRssMb } from '../support/dynamo-figures.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const option = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};
const CUSTOMERS = option('customers', 200);
const CONCURRENCY = option('concurrency', 20);
const DECISION_DELAY_MS = option('decision-delay-ms', 1500);
const ME_POLL_MS = 250;
const LOG_POLL_MS = 100;
const TIMEOUT_MS = 10 * 60_000;
const registryAbi = parseAbi([
  'function isVerified(address) view returns (bool)',
  'event IdentityRegistered(address indexed wallet, address indexed identity)',
]);

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function build() {
  if (process.argv.includes('--no-build')) return;
  process.stdout.write('building the platform (nest build)... ');
  const result = spawnSync(path.join(root, 'node_modules', '.bin', 'nest'), ['build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error('nest build failed');
  console.log('done');
}

async function startPlatform() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'eurt-bench-'));
  const port = await freePort();
  const env = {
    ...process.env,
    PORT: String(port),
    DATA_DIR: dataDir,
    DYNAMODB_PORT: String(await freePort()),
    ANVIL_PORT: String(await freePort()),
    AUTH_RATE_LIMIT_PER_MINUTE: '100000',
    API_RATE_LIMIT_PER_MINUTE: '100000',
    KYC_SANDBOX_DECISION_DELAY_MS: String(DECISION_DELAY_MS),
    LOG_LEVEL: 'warn',
  };
  // --cpu-prof DIR: the platform process writes a V8 CPU profile there when it stops.
  const profileAt = process.argv.indexOf('--cpu-prof');
  const profile = profileAt > 0 ? ['--cpu-prof', '--cpu-prof-dir', process.argv[profileAt + 1]] : [];
  const child = spawn(process.execPath, [...profile, path.join(root, 'dist', 'main.js')], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, sleep(15_000)]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the platform exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${baseUrl}/health/ready`)).ok) return { baseUrl, anvilUrl: `http://127.0.0.1:${env.ANVIL_PORT}`, pid: child.pid, stop };
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  await stop();
  throw new Error('the platform did not become ready within 120 s');
}

async function api(baseUrl, method, route, { body, token, expect = 200 } = {}) {
  const response = await fetch(`${baseUrl}${route}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  if (response.status !== expect) throw new Error(`${method} ${route}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

async function until(probe, what) {
  const deadline = Date.now() + TIMEOUT_MS;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value) return value;
    await sleep(ME_POLL_MS);
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** One poll of the registry's logs for every customer: when each wallet was seen registered. */
function watchRegistrations(chain, registry) {
  const seenAt = new Map();
  const waiters = new Map();
  let stopped = false;
  let fromBlock;
  void (async () => {
    while (!stopped) {
      try {
        const head = await chain.getBlockNumber({ cacheTime: 0 });
        if (fromBlock === undefined) fromBlock = head;
        if (head >= fromBlock) {
          const logs = await chain.getContractEvents({ address: registry, abi: registryAbi, eventName: 'IdentityRegistered', fromBlock, toBlock: head });
          const now = performance.now();
          for (const log of logs) {
            const wallet = log.args.wallet.toLowerCase();
            if (!seenAt.has(wallet)) seenAt.set(wallet, now);
            waiters.get(wallet)?.(now);
          }
          fromBlock = head + 1n;
        }
      } catch (error) {
        console.error('log poll failed:', error.message);
      }
      await sleep(LOG_POLL_MS);
    }
  })();
  return {
    registered: (wallet) =>
      new Promise((resolve) => {
        const key = wallet.toLowerCase();
        if (seenAt.has(key)) return resolve(seenAt.get(key));
        waiters.set(key, resolve);
      }),
    stop: () => {
      stopped = true;
    },
  };
}

async function onboard(index, { baseUrl, chain, registry, registrations }) {
  const unique = `${process.pid}-${index}-${Math.random().toString(36).slice(2, 8)}`;
  const started = performance.now();
  const credentials = { email: `bench-${unique}@example.com`, password: 'correct horse battery staple' };
  // Sign-up answers a session, as the app uses it (one password hash per customer).
  const { accessToken } = await api(baseUrl, 'POST', '/v1/auth/register', {
    body: { ...credentials, fullName: `Bench Customer ${index}`, phone: `+3370${String(index + 1).padStart(7, '0')}` },
    expect: 201,
  });
  const signedUp = performance.now();
  await api(baseUrl, 'POST', '/v1/me/kyc', {
    token: accessToken,
    expect: 202,
    body: {
      documentType: 'passport',
      documentNumber: `BENCH${String(index).padStart(6, '0')}`,
      dateOfBirth: '1990-04-21',
      nationality: 'FR',
      address: { line1: '1 rue du Banc', postalCode: '75001', city: 'Paris', country: 'FR' },
    },
  });
  const { walletAddress } = await until(async () => {
    const me = await api(baseUrl, 'GET', '/v1/me', { token: accessToken });
    return me.walletAddress ? me : undefined;
  }, `customer ${index}'s wallet`);
  const walletCreated = performance.now();
  const done = await Promise.race([
    registrations.registered(walletAddress),
    sleep(TIMEOUT_MS).then(() => Promise.reject(new Error(`timed out waiting for customer ${index}'s identity`))),
  ]);
  if (!(await chain.readContract({ address: registry, abi: registryAbi, functionName: 'isVerified', args: [walletAddress] }))) {
    throw new Error(`customer ${index}'s wallet is registered but not verified`);
  }
  return { total: done - started, signUp: signedUp - started, toWallet: walletCreated - signedUp, toIdentity: done - walletCreated };
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main() {
  build();
  const platform = await startPlatform();
  try {
    const { identityRegistry } = await api(platform.baseUrl, 'GET', '/v1/token');
    const chain = createPublicClient({ transport: http(platform.anvilUrl) });
    const registrations = watchRegistrations(chain, identityRegistry);
    const context = { baseUrl: platform.baseUrl, registry: identityRegistry, chain, registrations };
    // Warm-up: the first customer pays for lazy initialisation; it is not counted.
    await onboard(-1, context);

    const results = [];
    let next = 0;
    const dynamoBefore = await dynamoSnapshot(platform.baseUrl);
    const started = performance.now();
    await Promise.all(
      Array.from({ length: Math.min(CONCURRENCY, CUSTOMERS) }, async () => {
        while (next < CUSTOMERS) results.push(await onboard(next++, context));
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    registrations.stop();
    const dynamo = difference(await dynamoSnapshot(platform.baseUrl), dynamoBefore);

    const stats = (key) => {
      const sorted = results.map((result) => result[key]).sort((a, b) => a - b);
      return { p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
    };
    const ms = (value) => `${Math.round(value)} ms`;
    const total = stats('total');
    console.log(`onboarding benchmark: ${CUSTOMERS} customers, ${CONCURRENCY} at a time, sandbox KYC review delay ${DECISION_DELAY_MS} ms`);
    console.log(`  wall time            ${seconds.toFixed(1)} s`);
    console.log(`  throughput           ${(CUSTOMERS / seconds).toFixed(2)} customers/s`);
    console.log(`  latency p50 / p99    ${ms(total.p50)} / ${ms(total.p99)}   (register -> identity registered)`);
    for (const [key, label] of [
      ['signUp', 'register (signed in)'],
      ['toWallet', 'KYC submitted -> wallet'],
      ['toIdentity', 'wallet -> registered'],
    ]) {
      const phase = stats(key);
      console.log(`    ${label.padEnd(24)} p50 ${ms(phase.p50)}, p99 ${ms(phase.p99)}`);
    }
    // The bench's own GET /v1/me polls (every 250 ms per customer waiting for a wallet) are in these figures.
    for (const line of describeCost(dynamo, CUSTOMERS, 'customer')) console.log(`  ${line}`);
    console.log(`  peak RSS of the platform process: ${peakRssMb(platform.pid).toFixed(0)} MB (goal < 400)`);
  } finally {
    await platform.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
