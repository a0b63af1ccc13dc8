import type { FactoryProvider, InjectionToken, Type } from '@nestjs/common';
import { DomainError } from '../errors/index.js';

/**
 * A partner port bound to its sandbox adapter when the sandbox module is loaded, otherwise to a
 * stand-in whose every call fails with 503 PARTNER.UNAVAILABLE: with the sandbox off and no real
 * adapter configured, nothing is faked, and money waits instead of moving.
 */
export function sandboxOrUnavailable<T extends object>(
  port: InjectionToken,
  sandboxAdapter: Type<T>,
  partner: string,
  methods: readonly (keyof T & string)[],
): FactoryProvider<T> {
  return {
    provide: port,
    inject: [{ token: sandboxAdapter, optional: true }],
    useFactory: (adapter?: T) => adapter ?? unavailablePartner<T>(partner, methods),
  };
}

function unavailablePartner<T extends object>(partner: string, methods: readonly string[]): T {
  const unavailable = () =>
    Promise.reject(new DomainError('PARTNER.UNAVAILABLE', `No ${partner} is configured: the sandbox is off (SANDBOX_ENABLED=false) and there is no real adapter.`, 503));
  return Object.fromEntries(methods.map((method) => [method, unavailable])) as T;
}
