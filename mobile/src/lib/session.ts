import { apiBaseUrl } from './config.js';
import { type TokenStore, platformTokenStore } from './token-store.js';

interface Tokens {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
}

/**
 * The signed-in customer's tokens: the access token in memory, the refresh token in the
 * platform's storage so the session survives a reload. Refreshing rotates both; one refresh at a
 * time, shared by every request that needs it.
 */
class Session extends EventTarget {
  accessToken: string | undefined;
  private store: TokenStore | undefined;
  private refreshing: Promise<boolean> | undefined;
  private expiryTimer: number | undefined;

  get signedIn(): boolean {
    return this.accessToken !== undefined;
  }

  async restore(): Promise<boolean> {
    this.store = await platformTokenStore();
    return (await this.store.read()) ? this.refresh() : false;
  }

  async start(tokens: Tokens): Promise<void> {
    this.accessToken = tokens.accessToken;
    await this.store?.write(tokens.refreshToken);
    // Refresh a little before the access token expires, so requests rarely meet a 401.
    window.clearTimeout(this.expiryTimer);
    this.expiryTimer = window.setTimeout(() => void this.refresh(), Math.max(10, tokens.expiresIn - 60) * 1000);
    this.dispatchEvent(new Event('change'));
  }

  refresh(): Promise<boolean> {
    this.refreshing ??= this.rotate().finally(() => (this.refreshing = undefined));
    return this.refreshing;
  }

  /** Ends the session on the platform too (its tokens stop working everywhere), then here; offline, it still ends here. */
  async signOut(): Promise<void> {
    const accessToken = this.accessToken;
    if (accessToken) {
      // Plain fetch, like the refresh: a 401 here must not start a refresh.
      await fetch(`${apiBaseUrl()}/v1/auth/logout`, { method: 'POST', headers: { authorization: `Bearer ${accessToken}` } }).catch(() => undefined);
    }
    await this.end();
  }

  async end(): Promise<void> {
    window.clearTimeout(this.expiryTimer);
    this.accessToken = undefined;
    await this.store?.clear();
    this.dispatchEvent(new Event('change'));
  }

  private async rotate(): Promise<boolean> {
    const refreshToken = await this.store?.read();
    if (!refreshToken) return false;
    let response: Response;
    try {
      // Plain fetch: the API client's middleware would call back into the session.
      response = await fetch(`${apiBaseUrl()}/v1/auth/refresh`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ refreshToken }) });
    } catch {
      return false; // offline: keep the stored token, try again later
    }
    if (!response.ok) {
      if (response.status === 401 || response.status === 400) await this.end();
      return false;
    }
    await this.start((await response.json()) as Tokens);
    return true;
  }
}

export const session = new Session();
