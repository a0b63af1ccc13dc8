import { apiBaseUrl } from './config.js';

const PROBE_MS = 3_000;

/**
 * Whether the API can be reached: a network failure flips it off; while off, the API's health is
 * probed every few seconds (and when the device says it is online again) until it answers.
 */
class Connectivity extends EventTarget {
  online = true;
  private probeTimer: number | undefined;

  unreachable(): void {
    this.set(false);
    this.probeTimer ??= window.setInterval(() => void this.probe(), PROBE_MS);
  }

  reachable(): void {
    window.clearInterval(this.probeTimer);
    this.probeTimer = undefined;
    this.set(true);
  }

  async probe(): Promise<void> {
    try {
      await fetch(`${apiBaseUrl()}/health`, { cache: 'no-store' });
      this.reachable();
    } catch {
      // still unreachable
    }
  }

  private set(online: boolean): void {
    if (this.online === online) return;
    this.online = online;
    this.dispatchEvent(new Event('change'));
  }
}

export const connectivity = new Connectivity();
window.addEventListener('offline', () => connectivity.unreachable());
window.addEventListener('online', () => void connectivity.probe());
