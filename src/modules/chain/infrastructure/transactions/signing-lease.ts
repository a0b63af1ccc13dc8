import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { FleetLeases, type LeaseKeeper } from '../../../data/index.js';
import { ChainClients } from '../node/chain-clients.js';
import { TransactionManager } from './transaction-manager.js';

/**
 * One instance of the fleet signs for each of the platform's accounts at a time: the one holding
 * the lease `signer:<address>` of that account in DynamoDB (different accounts may be held by
 * different instances). It takes over the account's recorded transactions when it gets the lease
 * (its fence guards every nonce it takes) and stops signing for it the moment it is no longer sure
 * to hold it. The holder of the relayer's lease also runs the fleet's background duties (sweeps,
 * redelivery, the indexer).
 */
@Injectable()
export class SigningLease implements OnApplicationShutdown {
  private readonly keepers: LeaseKeeper[];
  private readonly duties: LeaseKeeper;

  constructor(leases: FleetLeases, clients: ChainClients, private readonly transactions: TransactionManager) {
    const relayer = clients.signers.relayer.address;
    this.keepers = transactions.signers.map((signer) =>
      leases.keep(
        `signer:${signer.toLowerCase()}`,
        { acquired: (fence) => this.transactions.takeOver(signer, fence), lost: () => this.transactions.standDown(signer) },
        // Known from the start, so the fleet's duties wait for it instead of running everywhere at boot.
        signer === relayer,
      ),
    );
    this.duties = this.keepers[transactions.signers.indexOf(relayer)];
  }

  /** Whether this instance holds the relayer's lease (and so the fleet's duties). */
  get held(): boolean {
    return this.duties.held;
  }

  /** Resolves after the first attempt at every account's lease: taken (and resumed), or held by another instance. */
  async start(): Promise<void> {
    await Promise.all(this.keepers.map((keeper) => keeper.start()));
  }

  /** Stops signing, then lets another instance take over at once. */
  async onApplicationShutdown(): Promise<void> {
    this.transactions.onApplicationShutdown();
    await Promise.all(this.keepers.map((keeper) => keeper.stop()));
  }
}
