/**
 * The European Payments Council's SEPA credit transfer QR code (EPC069-12, version 002): lines
 * separated by LF; a banking app that scans it pre-fills the transfer.
 */
export interface EpcTransfer {
  beneficiary: string;
  iban: string;
  bic: string;
  /** ISO 11649 structured creditor reference (RF...). */
  reference: string;
  /** Optional amount in cents. */
  amount?: bigint;
}

export function epcPayload(transfer: EpcTransfer): string {
  const amount = transfer.amount === undefined ? '' : `EUR${transfer.amount / 100n}.${(transfer.amount % 100n).toString().padStart(2, '0')}`;
  return [
    'BCD', // service tag
    '002', // version
    '1', // character set: UTF-8
    'SCT', // SEPA credit transfer
    transfer.bic.replace(/\s/g, ''),
    transfer.beneficiary.slice(0, 70),
    transfer.iban.replace(/\s/g, ''),
    amount,
    '', // purpose
    transfer.reference.replace(/\s/g, ''), // structured reference (RF creditor reference)
    '', // unstructured remittance: empty when a structured reference is given
  ].join('\n');
}
