import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { dirname } from 'node:path';

/**
 * Starts an embedded engine as a child process whose output goes to a log file under DATA_DIR.
 * The child dies with us: on our exit we kill it, and it is started in our process group so a
 * Ctrl-C in the terminal reaches it too.
 */
export function spawnEngine(command: string, args: string[], logFile: string, pidFile: string, cwd?: string): ChildProcess {
  mkdirSync(dirname(logFile), { recursive: true });
  mkdirSync(dirname(pidFile), { recursive: true });
  const log = createWriteStream(logFile, { flags: 'a' });
  const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  if (child.pid) writeFileSync(pidFile, String(child.pid));
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const killChild = () => {
    if (child.exitCode === null) child.kill('SIGTERM');
  };
  process.once('exit', killChild);
  child.once('exit', () => {
    process.off('exit', killChild);
    rmSync(pidFile, { force: true });
  });
  return child;
}

/**
 * A previous run that was killed (SIGKILL, power loss) cannot stop its engines: they outlive it
 * and hold their ports. Stops the one recorded in `pidFile` if it still runs with `marker` (our
 * DATA_DIR) on its command line, politely first so anvil dumps its state.
 */
export async function stopOrphanedEngine(pidFile: string, marker: string): Promise<void> {
  let pid: number;
  try {
    pid = Number(readFileSync(pidFile, 'utf8').trim());
  } catch {
    return;
  }
  const ours = () => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(marker);
    } catch {
      return false;
    }
  };
  if (!pid || !ours()) return rmSync(pidFile, { force: true });
  process.kill(pid, 'SIGTERM');
  for (let waited = 0; waited < 10_000 && ours(); waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
  if (ours()) process.kill(pid, 'SIGKILL');
  rmSync(pidFile, { force: true });
}

export async function stopEngine(child: ChildProcess | undefined, timeoutMs = 5000): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  await exited;
  clearTimeout(timer);
}

/** A JVM or node starting on a loaded machine can take well over 30 s; the wait is only a ceiling. */
export const ENGINE_START_TIMEOUT_MS = 120_000;

export async function waitForPort(port: number, host: string, timeoutMs: number, child?: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`process exited with code ${child.exitCode} before listening on ${port}`);
    if (await canConnect(port, host)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nothing listened on ${host}:${port} within ${timeoutMs} ms`);
}

/** After stopping an orphan, its port can take a moment to be released. */
export async function waitForPortFree(port: number, host: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (await canConnect(port, host)) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}

export function canConnect(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
