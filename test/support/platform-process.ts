import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { eventually } from './platform.js';

/**
 * The platform as a separate process (`node dist/main.js`), for tests that kill it (SIGKILL) and
 * start it again on the same DATA_DIR and ports.
 */
export class PlatformProcess {
  private child?: ChildProcess;
  private output = '';

  constructor(readonly env: Record<string, string>) {}

  get baseUrl(): string {
    return `http://127.0.0.1:${this.env.PORT}`;
  }

  get http() {
    return request(this.baseUrl);
  }

  /**
   * `npm test` builds dist/ before jest starts (two crash suites building at once in parallel
   * workers would delete each other's output); a lone jest run builds it only when it is missing.
   */
  static build(): void {
    const main = join('dist', 'main.js');
    if (existsSync(main)) return;
    execFileSync(join('node_modules', '.bin', 'nest'), ['build'], { stdio: 'ignore' });
  }

  async start(extraEnv: Record<string, string> = {}): Promise<void> {
    this.output = '';
    this.child = spawn(process.execPath, [join('dist', 'main.js')], { env: { ...process.env, ...this.env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child.stdout?.on('data', (chunk) => (this.output += chunk));
    this.child.stderr?.on('data', (chunk) => (this.output += chunk));
    await eventually(
      async () => {
        if (this.child?.exitCode !== null) throw new Error(`the platform exited: ${this.output.slice(-2000)}`);
        const response = await fetch(`${this.baseUrl}/health`).catch(() => undefined);
        return response?.ok ? true : undefined;
      },
      'the platform process to listen',
      120_000,
    ).catch((error: Error) => {
      throw new Error(`${error.message}; its output ends: ${this.output.slice(-3000)}`);
    });
  }

  /** Resolves with the signal that ended the process (e.g. its own CRASH_AT SIGKILL). */
  exited(): Promise<NodeJS.Signals | null> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child?.signalCode ?? null);
    return new Promise((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
  }

  /** Kills the process as a power cut would (SIGKILL) and waits until it is gone. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = this.exited();
    child.kill('SIGKILL');
    await exited;
  }

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  get log(): string {
    return this.output;
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = this.exited();
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    await exited;
    clearTimeout(timer);
  }
}
