import type { Role } from '../../../shared/auth/index.js';

export type KycStatus = 'none' | 'pending' | 'approved' | 'rejected';

/** A customer as the rest of the platform sees it: personal data already decrypted, never the password hash. */
export interface Customer {
  id: string;
  email: string;
  fullName: string;
  phone: string;
  kycStatus: KycStatus;
  depositReference: string;
  roles: Role[];
  createdAt: string;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** E.164-like: digits only with a leading +, so "+33 6 12 34 56 78" and "+33612345678" are the same phone. */
export function normalizePhone(phone: string): string {
  return `+${phone.replace(/[^0-9]/g, '')}`;
}
