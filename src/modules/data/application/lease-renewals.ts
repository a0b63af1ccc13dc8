import type { LeaseStore } from '../infrastructure/persistence/lease-store.js';
import type { LeaseKeeper } from './lease-keeper.js';

/**
 * Renews all the leases one instance holds in one DynamoDB call: whichever keeper is due first
 * renews the others with it (early renewal is harmless), so their terms line up and an idle
 * instance makes one call per renewal period instead of one per lease.
 */
export class LeaseRenewals {
  private readonly keepers = new Set<LeaseKeeper>();
  private inFlight?: Promise<Set<LeaseKeeper>>;

  constructor(
    private readonly store: LeaseStore,
    private readonly holder: string,
    private readonly durationMs: number,
  ) {}

  add(keeper: LeaseKeeper): void {
    this.keepers.add(keeper);
  }

  /** Renews `keeper`'s lease with the others held; each keeper hears its own outcome. False when none included it (no longer held). */
  async renew(keeper: LeaseKeeper): Promise<boolean> {
    // A renewal already under way that did not include this lease (taken since) is followed by one that does.
    for (let round = 0; round < 2; round++) {
      if ((await (this.inFlight ??= this.renewHeld().finally(() => (this.inFlight = undefined)))).has(keeper)) return true;
    }
    return false;
  }

  private async renewHeld(): Promise<Set<LeaseKeeper>> {
    const held = [...this.keepers].flatMap((keeper) => (keeper.fenceToRenew === undefined ? [] : [{ keeper, name: keeper.name, fence: keeper.fenceToRenew }]));
    const startedAt = Date.now();
    const renewed = await this.store.renewAll(held, this.holder, this.durationMs, startedAt);
    for (const { keeper, name, fence } of held) keeper.renewed(fence, startedAt, renewed.has(name));
    return new Set(held.map(({ keeper }) => keeper));
  }
}
