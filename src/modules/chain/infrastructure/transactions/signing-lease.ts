import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { FleetLeases, type LeaseKeeper } from '../../../data/index.js';
import { ChainClients } from '../node/chain-clients.js';
import { TransactionManager } from './transaction-manager.js';

/**
 * One instance of the fleet signs for the operator key at a time: the one holding the lease
 * `signer:<address>` in DynamoDB. It takes over every recorded transaction when it gets the lease
 * (its fence guards every nonce it takes) and stops signing the moment it is no longer sure to hold
 * it. Its holder also runs the fleet's background duties (sweeps, redelivery, the indexer).
 */
@Injectable()
export class SigningLease implements OnApplicationShutdown {
  private readonly keeper: LeaseKeeper;

  constructor(leases: FleetLeases, clients: ChainClients, private readonly transactions: TransactionManager) {
    // Known from the start, so the fleet's duties wait for it instead of running everywhere at boot.
    this.keeper = leases.keep(
      `signer:${clients.operator.address.toLowerCase()}`,
      { acquired: (fence) => this.transactions.takeOver(fence), lost: () => this.transactions.standDown() },
      true,
    );
  }

  get held(): boolean {
    return this.keeper.held;
  }

  /** Resolves after the first attempt: taken (and resumed), or held by another instance. */
  start(): Promise<void> {
    return this.keeper.start();
  }

  /** Stops signing, then lets another instance take over at once. */
  async onApplicationShutdown(): Promise<void> {
    this.transactions.onApplicationShutdown();
    await this.keeper.stop();
  }
}
