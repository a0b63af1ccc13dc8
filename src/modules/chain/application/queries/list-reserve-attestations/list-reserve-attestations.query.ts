import { Query } from '@nestjs/cqrs';

/** One `attestReserve` the platform sent before a mint batch: what it attested, when, signed by which key. */
export interface ReserveAttestation {
  key: string;
  /** Cents attested (omnibus + acquirer balance, less payouts in flight), a decimal string. */
  reserve: string;
  status: string;
  signer: string;
  hash?: string;
  blockNumber?: string;
  attestedAt: string;
}

/** Newest first. */
export class ListReserveAttestationsQuery extends Query<ReserveAttestation[]> {
  constructor(readonly limit: number) {
    super();
  }
}
