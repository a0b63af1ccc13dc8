import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { QueryBus } from '@nestjs/cqrs';
import dynamoose from 'dynamoose';
import type { Address } from 'viem';
import { appConfig } from '../../../../shared/config/index.js';
import { crashPoint } from '../../../../shared/testing/crash-point.js';
import { UnitOfWork, isDataConflict } from '../../../data/index.js';
import { GetAttestableReserveQuery } from '../../application/queries/get-attestable-reserve/get-attestable-reserve.query.js';
import { attestReserve } from '../../domain/actions/attest-reserve.js';
import { type QueuedMint, attestKeyOf, batchCalldata, batchKeyOf, nextBatch } from '../../domain/mint-batches.js';
import { ChainClients } from '../node/chain-clients.js';
import { ChainTransactionStore } from '../persistence/chain-transaction.store.js';

export interface FormedBatch {
  /** The requests this round looked at: they leave the queue (as members, or because they moved on). */
  taken: Set<string>;
  /** The attestation (attester) and the batch (relayer, after the attestation); absent when no member was left. */
  next?: [attestKey: string, batchKey: string];
}

/**
 * Takes pending mint requests into one batch: an attestation of the current reserve (the attester's)
 * and one `batchMint` (the relayer's, signed once the attestation is mined), recorded with the members marked `batched` in one DynamoDB transaction before
 * anything is signed. After a crash the batch resumes as recorded, and no member can join a
 * second batch (its state is no longer queued).
 */
@Injectable()
export class MintBatcher {
  constructor(
    private readonly store: ChainTransactionStore,
    private readonly unitOfWork: UnitOfWork,
    private readonly queries: QueryBus,
    private readonly clients: ChainClients,
    @Inject(appConfig.KEY) private readonly app: ConfigType<typeof appConfig>,
  ) {}

  /** undefined: a member moved on meanwhile, nothing was recorded; the next round re-reads them. */
  async form(pending: QueuedMint[]): Promise<FormedBatch | undefined> {
    const candidates = nextBatch(pending);
    const records = await this.store.readMany(candidates.map((mint) => mint.key));
    const members = candidates.filter((_, index) => records[index]?.status === 'queued');
    const token = records.find((record) => record?.status === 'queued')?.to as Address | undefined;
    const taken = new Set(candidates.map((mint) => mint.key));
    if (members.length === 0 || !token) return { taken };
    const reserve = await this.queries.execute(new GetAttestableReserveQuery());
    const batchKey = batchKeyOf(randomUUID());
    const attestKey = attestKeyOf(batchKey);
    const nowMs = Date.now();
    const common = { to: token, status: 'queued' as const, open: '1' };
    const { attester, relayer } = this.clients.signers;
    const { transactions } = this.store;
    try {
      await this.unitOfWork.commit([
        transactions.transaction.create(
          { ...common, signer: attester.address, key: attestKey, kind: 'attest', data: attestReserve(reserve).data, createdAt: new Date(nowMs - 1).toISOString(), updatedAt: new Date(nowMs).toISOString() },
          { overwrite: false },
        ),
        transactions.transaction.create(
          { ...common, signer: relayer.address, after: attestKey, key: batchKey, kind: 'batch', data: batchCalldata(members), members: JSON.stringify(members.map((m) => m.key)), createdAt: new Date(nowMs).toISOString(), updatedAt: new Date(nowMs).toISOString() },
          { overwrite: false },
        ),
        ...members.map((member) =>
          transactions.transaction.update(
            { key: member.key },
            { status: 'batched', batchKey, updatedAt: new Date(nowMs).toISOString() },
            { condition: new dynamoose.Condition('status').eq('queued') },
          ),
        ),
      ]);
    } catch (error) {
      if (!isDataConflict(error)) throw error;
      return undefined;
    }
    crashPoint(this.app.CRASH_AT, 'chain.batch-recorded');
    return { taken, next: [attestKey, batchKey] };
  }
}
