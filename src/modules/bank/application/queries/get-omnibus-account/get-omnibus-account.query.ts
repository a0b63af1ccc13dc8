import { Query } from '@nestjs/cqrs';
import { type OmnibusAccount } from '../../../ports/bank.port.js';

/** The omnibus account and its booked balance: what backs the tokens in circulation. */
export class GetOmnibusAccountQuery extends Query<OmnibusAccount> {}
