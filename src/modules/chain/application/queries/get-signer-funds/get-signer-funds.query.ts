import { Query } from '@nestjs/cqrs';

export interface SignerFunds {
  /** The roles this account signs for (domain/signer-roles.ts). */
  roles: string[];
  address: string;
  /** Its ETH balance, wei as a decimal string. */
  balanceWei: string;
  /** Below CHAIN_SIGNER_LOW_BALANCE_ETH: it may soon be unable to pay for its transactions. */
  low: boolean;
}

/** The ETH balance of every account that sends transactions while the platform runs (each pays its own fees). */
export class GetSignerFundsQuery extends Query<SignerFunds[]> {}
