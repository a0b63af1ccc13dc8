import { apiBaseUrl } from './config.js';
import { session } from './session.js';

/** What the stream says changed (see `GET /v1/me/events` in the OpenAPI document). */
export interface LiveUpdate {
  kind: 'operation' | 'kyc' | 'poll';
  event?: string;
  operationId?: string;
}

const POLL_MS = 4_000;
const MAX_BACKOFF_MS = 30_000;

/**
 * Live updates for the signed-in customer: the server-sent events stream, read with fetch so the
 * access token travels in a header (EventSource cannot send one). While the stream is down the
 * app polls: every few seconds it emits a `poll` update so screens read their state again.
 */
class LiveUpdates extends EventTarget {
  connected = false;
  private abort: AbortController | undefined;
  private pollTimer: number | undefined;
  private retryTimer: number | undefined;
  private failures = 0;

  start(): void {
    this.stop();
    this.abort = new AbortController();
    void this.connect(this.abort.signal);
  }

  stop(): void {
    this.abort?.abort();
    this.abort = undefined;
    window.clearTimeout(this.retryTimer);
    this.setConnected(false);
    this.stopPolling();
  }

  private async connect(signal: AbortSignal): Promise<void> {
    try {
      const response = await fetch(`${apiBaseUrl()}/v1/me/events`, { headers: { authorization: `Bearer ${session.accessToken}`, accept: 'text/event-stream' }, signal });
      if (response.status === 401) await session.refresh();
      if (!response.ok || !response.body) throw new Error(`stream answered ${response.status}`);
      await this.read(response.body, signal);
    } catch {
      // dropped or refused: poll meanwhile, reconnect with backoff
    }
    if (signal.aborted) return;
    this.setConnected(false);
    this.startPolling();
    this.failures += 1;
    this.retryTimer = window.setTimeout(() => void this.connect(signal), Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.min(this.failures, 5)));
  }

  private async read(body: ReadableStream<Uint8Array>, signal: AbortSignal): Promise<void> {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    while (!signal.aborted) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let boundary: number;
      while ((boundary = buffer.indexOf('\n\n')) >= 0) {
        this.dispatch(buffer.slice(0, boundary));
        buffer = buffer.slice(boundary + 2);
      }
    }
  }

  private dispatch(message: string): void {
    let type = 'message';
    let data = '';
    for (const line of message.split('\n')) {
      if (line.startsWith('event:')) type = line.slice(6).trim();
      else if (line.startsWith('data:')) data += line.slice(5).trim();
    }
    if (type === 'ready') {
      this.failures = 0;
      this.setConnected(true);
      this.stopPolling();
      // Whatever happened while disconnected: read it now.
      this.emit({ kind: 'poll' });
    } else if (type === 'operation' || type === 'kyc') {
      try {
        this.emit({ kind: type, ...(JSON.parse(data) as Omit<LiveUpdate, 'kind'>) });
      } catch {
        this.emit({ kind: 'poll' });
      }
    }
  }

  private emit(update: LiveUpdate): void {
    this.dispatchEvent(new CustomEvent<LiveUpdate>('update', { detail: update }));
  }

  private setConnected(connected: boolean): void {
    if (this.connected === connected) return;
    this.connected = connected;
    this.dispatchEvent(new Event('change'));
  }

  private startPolling(): void {
    if (this.pollTimer !== undefined) return;
    this.pollTimer = window.setInterval(() => this.emit({ kind: 'poll' }), POLL_MS);
  }

  private stopPolling(): void {
    window.clearInterval(this.pollTimer);
    this.pollTimer = undefined;
  }
}

export const live = new LiveUpdates();

/** Calls `listener` on every live update until the returned function is called (components call it when disconnected). */
export function onLiveUpdate(listener: (update: LiveUpdate) => void): () => void {
  const handler = (event: Event) => listener((event as CustomEvent<LiveUpdate>).detail);
  live.addEventListener('update', handler);
  return () => live.removeEventListener('update', handler);
}
