/**
 * Where the refresh token lives between launches: Cordova's secure storage plugin when the
 * packaged app has it (Keychain / Android Keystore), localStorage in the browser build. The access
 * token stays in memory only.
 */
export interface TokenStore {
  read(): Promise<string | undefined>;
  write(token: string): Promise<void>;
  clear(): Promise<void>;
}

const KEY = 'eurt.refreshToken';

interface SecureStorage {
  get(success: (value: string) => void, failure: (error: unknown) => void, key: string): void;
  set(success: () => void, failure: (error: unknown) => void, key: string, value: string): void;
  remove(success: () => void, failure: (error: unknown) => void, key: string): void;
}

type CordovaWindow = Window & { cordova?: { plugins?: { SecureStorage?: new (success: () => void, failure: (error: unknown) => void, namespace: string) => SecureStorage } } };

class LocalTokenStore implements TokenStore {
  async read() {
    return window.localStorage.getItem(KEY) ?? undefined;
  }
  async write(token: string) {
    window.localStorage.setItem(KEY, token);
  }
  async clear() {
    window.localStorage.removeItem(KEY);
  }
}

class SecureTokenStore implements TokenStore {
  constructor(private readonly storage: SecureStorage) {}
  read() {
    return new Promise<string | undefined>((resolve) => this.storage.get(resolve, () => resolve(undefined), KEY));
  }
  write(token: string) {
    return new Promise<void>((resolve, reject) => this.storage.set(resolve, reject, KEY, token));
  }
  clear() {
    return new Promise<void>((resolve) => this.storage.remove(resolve, () => resolve(), KEY));
  }
}

export async function platformTokenStore(): Promise<TokenStore> {
  const SecureStorageClass = (window as CordovaWindow).cordova?.plugins?.SecureStorage;
  if (!SecureStorageClass) return new LocalTokenStore();
  return new Promise<TokenStore>((resolve) => {
    const storage: SecureStorage = new SecureStorageClass(
      () => resolve(new SecureTokenStore(storage)),
      () => resolve(new LocalTokenStore()),
      'eurt',
    );
  });
}
