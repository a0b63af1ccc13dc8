import countries from 'i18n-iso-countries';

/** none -> pending (submitted to the KYC provider) -> approved | rejected; a rejected customer may submit again. */
export type KycApplicationStatus = 'pending' | 'approved' | 'rejected';

export const KYC_DOCUMENT_TYPES = ['passport', 'id_card', 'driving_licence', 'residence_permit'] as const;
export type KycDocumentType = (typeof KYC_DOCUMENT_TYPES)[number];

export interface KycAddress {
  line1: string;
  line2?: string;
  postalCode: string;
  city: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
}

/** What the customer submits; stored only encrypted and never put in an event or a log. */
export interface KycPersonalData {
  documentType: KycDocumentType;
  documentNumber: string;
  /** ISO 8601 calendar date, YYYY-MM-DD. */
  dateOfBirth: string;
  /** ISO 3166-1 alpha-2. */
  nationality: string;
  address: KycAddress;
}

export interface KycApplication {
  id: string;
  customerId: string;
  status: KycApplicationStatus;
  /** The provider's case id, once the provider acknowledged the submission. */
  providerReference?: string;
  /** A reason code from the provider (no personal data), when rejected. */
  rejectionReason?: string;
  createdAt: string;
  decidedAt?: string;
}

export type KycDecision = { outcome: 'approved' } | { outcome: 'rejected'; reason: string };

/** Accepts alpha-2 or alpha-3 in any case; answers alpha-2, or undefined for no such country. */
export function normalizeCountryCode(code: string): string | undefined {
  const upper = code.trim().toUpperCase();
  const alpha2 = upper.length === 3 ? countries.alpha3ToAlpha2(upper) : upper;
  return alpha2 && countries.isValid(alpha2) ? alpha2 : undefined;
}

/** ISO 3166-1 numeric (250 for FR), as the identity registry stores the holder's country. */
export function countryNumericOf(alpha2: string): number {
  const numeric = countries.alpha2ToNumeric(alpha2);
  if (!numeric) throw new Error(`no ISO 3166-1 numeric code for ${alpha2}`);
  return Number(numeric);
}

/** Whole years between the date of birth and today (UTC). */
export function ageOn(dateOfBirth: string, today = new Date()): number {
  const [year, month, day] = dateOfBirth.split('-').map(Number);
  let age = today.getUTCFullYear() - year;
  if (today.getUTCMonth() + 1 < month || (today.getUTCMonth() + 1 === month && today.getUTCDate() < day)) age -= 1;
  return age;
}
