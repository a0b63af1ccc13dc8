import { DomainEvent, EventType } from '../../../../shared/events/index.js';

interface TransferPayload {
  transferId: string;
  senderId: string;
  recipientId: string;
  amount: string;
}

@EventType('tokenizer.transfer-completed')
export class TransferCompleted extends DomainEvent<TransferPayload & { transactionHash?: string }> {}

@EventType('tokenizer.transfer-failed')
export class TransferFailed extends DomainEvent<TransferPayload & { reasonCode: string }> {}
