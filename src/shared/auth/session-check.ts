import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { authConfig } from './auth.config.js';

/** The session store's answer to the token guard (the customers module owns the sessions). */
export interface SessionState {
  isOpen(sessionId: string): Promise<boolean>;
}
export const SESSION_STATE = Symbol('SESSION_STATE');

/**
 * Whether an access token's session is still open. An open answer is trusted for
 * SESSION_CHECK_CACHE_MS; the instance that ends a session forgets it at once, the others notice
 * within that time. A closed answer is never cached as open.
 */
@Injectable()
export class SessionCheck {
  private readonly openUntil = new Map<string, number>();

  constructor(
    @Inject(SESSION_STATE) private readonly sessions: SessionState,
    @Inject(authConfig.KEY) private readonly config: ConfigType<typeof authConfig>,
  ) {}

  async isOpen(sessionId: string): Promise<boolean> {
    const now = Date.now();
    if ((this.openUntil.get(sessionId) ?? 0) > now) return true;
    const open = await this.sessions.isOpen(sessionId);
    if (open && this.config.SESSION_CHECK_CACHE_MS > 0) {
      if (this.openUntil.size > 100_000) this.openUntil.clear();
      this.openUntil.set(sessionId, now + this.config.SESSION_CHECK_CACHE_MS);
    } else this.openUntil.delete(sessionId);
    return open;
  }

  forget(sessionIds: Iterable<string>): void {
    for (const id of sessionIds) this.openUntil.delete(id);
  }
}
