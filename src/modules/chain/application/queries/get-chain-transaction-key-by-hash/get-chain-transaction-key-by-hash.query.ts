import { Query } from '@nestjs/cqrs';

/** The key of the platform transaction with this hash (undefined: the platform did not send it). */
export class GetChainTransactionKeyByHashQuery extends Query<string | undefined> {
  constructor(readonly hash: string) {
    super();
  }
}
