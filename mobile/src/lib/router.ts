import Navigo from 'navigo';

export interface Route {
  name: string;
  params: Record<string, string>;
}

/**
 * Hash routes (`#/home`): they work the same served at `/` and inside Cordova's WebView, where
 * the app is a file and there is no server to answer deep links.
 */
const PATHS: Record<string, string> = {
  'sign-in': '/sign-in',
  'sign-up': '/sign-up',
  kyc: '/kyc',
  home: '/home',
  'add-bank': '/add/bank',
  'add-card': '/add/card',
  topup: '/topups/:id',
  send: '/send',
  history: '/history',
  operation: '/operations/:id',
  withdraw: '/withdraw',
  profile: '/profile',
};

class Router {
  private readonly navigo = new Navigo('/', { hash: true });
  private listener: (route: Route) => void = () => {};

  constructor() {
    for (const [name, path] of Object.entries(PATHS)) {
      this.navigo.on(path, (match) => this.listener({ name, params: (match?.data as Record<string, string> | null) ?? {} }));
    }
    this.navigo.notFound(() => this.go('home'));
    this.navigo.on('/', () => this.go('home'));
  }

  listen(listener: (route: Route) => void): void {
    this.listener = listener;
  }

  resolve(): void {
    this.navigo.resolve();
  }

  go(name: string, params: Record<string, string> = {}): void {
    const path = PATHS[name].replace(/:(\w+)/g, (_, key: string) => encodeURIComponent(params[key] ?? ''));
    this.navigo.navigate(path);
  }

  /** An absolute URL of a route, for the acquirer's page to send the customer back to. */
  urlOf(name: string, params: Record<string, string> = {}): string {
    const path = PATHS[name].replace(/:(\w+)/g, (_, key: string) => encodeURIComponent(params[key] ?? ''));
    return `${window.location.origin}${window.location.pathname}#${path}`;
  }
}

export const router = new Router();
