import type { AddressInfo } from 'node:net';
import type { HttpAdapterHost } from '@nestjs/core';

/**
 * Where this process can be reached on loopback: the sandbox adapters call the platform's
 * webhooks over real HTTP, as the outside world would.
 */
export function ownBaseUrl(adapterHost: HttpAdapterHost, publicUrl?: string): string | undefined {
  if (publicUrl) return publicUrl.replace(/\/$/, '');
  const server = adapterHost.httpAdapter?.getHttpServer?.();
  const address = server?.address?.() as AddressInfo | string | null | undefined;
  if (!address || typeof address === 'string') return undefined;
  return `http://127.0.0.1:${address.port}`;
}
