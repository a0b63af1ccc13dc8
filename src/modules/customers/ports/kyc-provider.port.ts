import type { KycPersonalData } from '../domain/kyc.js';

export interface KycCheckRequest extends KycPersonalData {
  /** Our application id: the provider keys its case on it, so submitting twice opens one case. */
  applicationId: string;
  fullName: string;
}

/**
 * The KYC provider: it receives the customer's data, decides asynchronously, and reports the
 * decision by a signed webhook to `POST /v1/webhooks/kyc`. The sandbox adapter behaves that way;
 * a real provider is a second class behind the same token.
 */
export interface KycProviderPort {
  submit(request: KycCheckRequest): Promise<{ providerReference: string }>;
}

export const KYC_PROVIDER = Symbol('KYC_PROVIDER');
