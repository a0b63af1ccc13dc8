import { ApiProperty } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsMinorUnits } from '../../../shared/money/index.js';

export class TokenResponse {
  @ApiProperty() chainId: number;
  @ApiProperty() address: string;
  @ApiProperty() identityRegistry: string;
  @ApiProperty({ example: 'EURT' }) symbol: string;
  @ApiProperty({ example: 2 }) decimals: number;
  @ApiProperty({ example: false, description: 'True while the token is paused: no transfer, mint or burn' }) paused: boolean;
}

export class BalanceResponse {
  @ApiProperty({ example: 'EUR' }) currency: 'EUR';
  @ApiProperty({ example: 2 }) decimals: number;
  @ApiProperty({ description: 'Spendable now, in cents' }) available: string;
  @ApiProperty({ description: 'On hold for pending withdrawals, in cents' }) held: string;
  @ApiProperty({ description: 'Received by the bank, not yet minted, in cents' }) pendingIn: string;
  @ApiProperty({ description: 'Leaving, not yet settled, in cents' }) pendingOut: string;
}

export class DepositInstructionsResponse {
  @ApiProperty() iban: string;
  @ApiProperty() bic: string;
  @ApiProperty() beneficiary: string;
  @ApiProperty({ description: 'ISO 11649 creditor reference: quote it as the remittance information' }) reference: string;
  @ApiProperty({ example: 'EUR' }) currency: 'EUR';
}

export class StatusChangeResponse {
  @ApiProperty() status: string;
  @ApiProperty() at: string;
  @ApiProperty({ required: false }) reason?: string;
}

export class CounterpartyResponse {
  @ApiProperty({ description: 'The wallet on the other side' }) address: string;
}

export class OperationResponse {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ['deposit', 'topup', 'transfer', 'withdrawal'] }) type: 'deposit' | 'topup' | 'transfer' | 'withdrawal';
  @ApiProperty({ description: 'transfer: pending, submitted, completed, failed; deposit: received, minting, completed, suspense, returned; topup: created, authorized, minting, completed, declined, refunded, charged_back; withdrawal: awaiting_approval, pending, funds_held, payout_sent, completed, payout_failed, released, failed, rejected' })
  status: string;
  @ApiProperty({ description: 'Cents' }) amount: string;
  @ApiProperty({ example: 'EUR' }) currency: string;
  @ApiProperty({ required: false, description: 'Why it failed, for a person' }) reason?: string;
  @ApiProperty({ required: false, example: 'INSUFFICIENT_FUNDS', description: 'Why it failed, for a program' }) reasonCode?: string;
  @ApiProperty({ required: false, description: 'Top-up: the card payment at the acquirer' }) paymentId?: string;
  @ApiProperty({ required: false, description: 'Reversed top-up: cents that could not be burned (flagged; the wallet is frozen)' }) shortfall?: string;
  @ApiProperty({ required: false, description: 'Reversed top-up: cents of its shortfall the platform wrote off (treasury, maker-checker)' }) writtenOff?: string;
  @ApiProperty({ required: false, description: 'Deposit: cents of the credit that paid the customer\'s open chargeback shortfall first (only the rest is minted)' }) shortfallCovered?: string;
  @ApiProperty({ required: false, description: 'Withdrawal: the linked bank account paid' }) bankAccountId?: string;
  @ApiProperty({ required: false, description: 'Withdrawal: the SEPA end-to-end id of the payout' }) endToEndId?: string;
  @ApiProperty({ required: false, description: 'Withdrawal above the threshold: the admin who approved it' }) approvedBy?: string;
  @ApiProperty({ required: false, description: 'Credit of a payout returned after settlement: the withdrawal it gives back' }) returnOf?: string;
  @ApiProperty({ type: [StatusChangeResponse] }) history: StatusChangeResponse[];
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty({ required: false, enum: ['incoming', 'outgoing'], description: 'Transfers: seen from the caller' }) direction?: 'incoming' | 'outgoing';
  @ApiProperty({ required: false, type: CounterpartyResponse }) counterparty?: CounterpartyResponse;
  @ApiProperty({ required: false, description: 'Outgoing transfers: the recipient as the sender named them', example: { email: 'bob@example.com' } })
  to?: { email: string } | { phone: string } | { address: string };
  @ApiProperty({ required: false }) note?: string;
  @ApiProperty({ required: false, enum: ['platform', 'chain'], description: 'Transfers: chain = made on chain, not through the platform' })
  origin?: 'platform' | 'chain';
  @ApiProperty({ required: false }) transactionHash?: string;
}

export class OperationPageResponse {
  @ApiProperty({ type: [OperationResponse] }) items: OperationResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class ReservesResponse {
  @ApiProperty({ description: 'Tokens in circulation (on chain), in cents' }) totalSupply: string;
  @ApiProperty({ description: 'Booked balance of the omnibus account, in cents' }) omnibusBalance: string;
  @ApiProperty({ description: 'Card funds the acquirer holds for the platform (captured, not yet paid out), in cents' }) acquirerBalance: string;
  @ApiProperty({ description: 'Held but not tokens: deposits being minted or in suspense, card top-ups captured and not yet minted or being refunded, in cents' }) inFlight: string;
  @ApiProperty({ description: 'Tokens a refund or chargeback could not burn (flagged top-ups), owed by the customers, in cents' }) shortfall: string;
  @ApiProperty({ description: 'Shortfall treasury wrote off (approved write-offs): tokens in circulation the platform\'s own funds must cover, in cents' }) writtenOff: string;
  @ApiProperty({ description: 'Every token in circulation is covered: omnibusBalance + acquirerBalance >= totalSupply' }) backed: boolean;
  @ApiProperty({ description: 'omnibusBalance + acquirerBalance + shortfall + writtenOff == totalSupply + inFlight: the books and the chain agree to the cent' }) reconciled: boolean;
}

export class TopUpRequest {
  @IsMinorUnits() amount: string;
}

export class TopUpResponse {
  @ApiProperty() id: string;
  @ApiProperty({ description: 'The card payment to pay at the acquirer' }) paymentId: string;
  @ApiProperty({ example: 'created' }) status: string;
}

export class AssignSuspenseRequest {
  @ApiProperty({ format: 'uuid', example: '3f0c1d2e-4b5a-4c6d-8e7f-9a0b1c2d3e4f', description: 'The customer the credit belongs to' }) @IsUUID() customerId: string;
  @ApiProperty({ required: false, maxLength: 500, example: 'Sender confirmed by phone: the reference was mistyped (OPS-51)', description: 'Why, for the approver and the audit trail' })
  @IsOptional() @IsString() @MaxLength(500) reason?: string;
}

export class SuspenseItemResponse {
  @ApiProperty({ description: 'The deposit (the bank transaction id)' }) id: string;
  @ApiProperty() amount: string;
  @ApiProperty() currency: string;
  @ApiProperty({ description: 'Remittance information as the payer typed it' }) reference: string;
  @ApiProperty({ description: 'Why it could not be minted' }) reason: string;
  @ApiProperty({ required: false, description: 'The customer the reference matched, if any' }) customerId?: string;
  @ApiProperty() receivedAt: string;
}

export class SuspenseListResponse {
  @ApiProperty({ type: [SuspenseItemResponse] }) items: SuspenseItemResponse[];
}
