import { DomainEvent, EventType } from '../../../../shared/events/index.js';

/**
 * A token Transfer log seen on chain after the configured confirmations, whoever sent it: mints
 * (`from` is the zero address), burns (`to` is zero), relayed transfers and transfers made
 * directly on chain. Raised once per log.
 */
export interface TokenTransferObservedPayload {
  from: string;
  to: string;
  amount: string;
  transactionHash: string;
  logIndex: number;
  blockNumber: string;
}

@EventType('chain.token-transfer-observed')
export class TokenTransferObserved extends DomainEvent<TokenTransferObservedPayload> {}
