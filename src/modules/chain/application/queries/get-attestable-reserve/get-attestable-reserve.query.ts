import { Query } from '@nestjs/cqrs';

/**
 * Asked by the chain module before each mint batch, answered by the module that owns the reserve
 * (the tokenizer: the omnibus balance): the amount to attest on chain so the batch is covered.
 */
export class GetAttestableReserveQuery extends Query<bigint> {}
