import { AsyncLocalStorage } from 'node:async_hooks';

/** Who is acting, for the audit trail: the authenticated caller of the request being served. */
export interface ActingContext {
  requestId: string;
  actorId?: string;
  actorRoles?: string[];
}

const storage = new AsyncLocalStorage<ActingContext>();

/** Runs `work` (and everything it awaits) as done by `context`; events committed meanwhile carry it. */
export function runAs<T>(context: ActingContext, work: () => T): T {
  return storage.run(context, work);
}

/** The context of the request being served, if any; background work (sweepers, webhooks' follow-ups) has none. */
export function currentActor(): ActingContext | undefined {
  return storage.getStore();
}
