import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type LiveUpdate, onLiveUpdate } from './live.js';

export interface LiveStateOptions {
  /** Reads the screen's state from the API. */
  load(): Promise<unknown>;
  /** What a live update does; by default the state is read again. */
  onUpdate?(update: LiveUpdate): void;
  /**
   * Some states have no event of their own (submitted, funds held, payout sent): while this says
   * so after a read, the state is read again every `pollEveryMs`.
   */
  pollWhile?(): boolean;
  pollEveryMs?: number;
}

/**
 * Keeps a screen's state current while it is on screen: read when it appears, again on every live
 * update, and on a timer while `pollWhile` holds; everything stops when the screen goes.
 */
export class LiveState implements ReactiveController {
  private stopLive?: () => void;
  private timer?: number;
  private connected = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: LiveStateOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    this.stopLive = onLiveUpdate((update) => (this.options.onUpdate ? this.options.onUpdate(update) : void this.reload()));
    void this.reload();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.stopLive?.();
    window.clearTimeout(this.timer);
  }

  /** Reads the state now (after the screen's own action, for example) and polls again if it should. */
  async reload(): Promise<void> {
    window.clearTimeout(this.timer);
    try {
      await this.options.load();
    } finally {
      const { pollWhile, pollEveryMs = 2000 } = this.options;
      window.clearTimeout(this.timer);
      if (this.connected && pollWhile?.()) this.timer = window.setTimeout(() => void this.reload(), pollEveryMs);
    }
  }
}
