import { hostname } from 'node:os';
import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { appConfig } from '../../../shared/config/index.js';
import { dataConfig } from '../data.config.js';
import { LeaseStore } from '../infrastructure/persistence/lease-store.js';
import { type LeaseHandlers, LeaseKeeper } from './lease-keeper.js';
import { LeaseRenewals } from './lease-renewals.js';

/**
 * The leases this instance keeps in the fleet. One of them carries the fleet's background duties
 * (recovery sweeps, the outbox's redelivery, the chain indexer): they run only on its holder, so N
 * instances do not poll the same rows. Without such a lease (a lone module under test) this
 * instance does them.
 */
@Injectable()
export class FleetLeases implements OnApplicationShutdown {
  readonly instanceId: string;
  private readonly keepers: LeaseKeeper[] = [];
  private duties?: LeaseKeeper;
  private readonly renewals: LeaseRenewals;

  constructor(
    private readonly store: LeaseStore,
    @Inject(dataConfig.KEY) private readonly config: ConfigType<typeof dataConfig>,
    @Inject(appConfig.KEY) app: ConfigType<typeof appConfig>,
  ) {
    this.instanceId = config.INSTANCE_ID ?? `${hostname()}:${app.PORT}`;
    this.renewals = new LeaseRenewals(store, this.instanceId, config.LEASE_MS);
  }

  get durationMs(): number {
    return this.config.LEASE_MS;
  }

  /** Starts keeping `name`; `carriesDuties`: its holder runs the fleet's background duties. */
  keep(name: string, handlers: LeaseHandlers, carriesDuties = false): LeaseKeeper {
    const keeper = new LeaseKeeper(this.store, name, this.instanceId, handlers, { durationMs: this.config.LEASE_MS }, this.renewals);
    if (carriesDuties) this.duties = keeper;
    this.keepers.push(keeper);
    return keeper;
  }

  /** Whether this instance runs the background duties now. */
  get onDuty(): boolean {
    return this.duties ? this.duties.held : true;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.keepers.map((keeper) => keeper.stop()));
  }
}
