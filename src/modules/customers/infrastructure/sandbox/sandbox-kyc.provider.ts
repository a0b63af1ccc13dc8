import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { customersConfig } from '../../customers.config.js';
import type { KycCheckRequest, KycProviderPort } from '../../ports/kyc-provider.port.js';
import { type SandboxOutcome, SandboxKycStore } from './sandbox-kyc.store.js';

/** The sandbox's rule, documented in the README: a document number starting with REJECT is rejected, anything else approved. */
export function sandboxVerdict(documentNumber: string): SandboxOutcome {
  return documentNumber.trim().toUpperCase().startsWith('REJECT') ? { outcome: 'rejected', reason: 'DOCUMENT_REJECTED' } : { outcome: 'approved' };
}

/**
 * A KYC provider that behaves like a real one: it opens a case, answers at once with its case id,
 * decides after a delay (KYC_SANDBOX_DECISION_DELAY_MS) and reports by signed webhook.
 */
@Injectable()
export class SandboxKycProvider implements KycProviderPort {
  constructor(
    private readonly store: SandboxKycStore,
    @Inject(customersConfig.KEY) private readonly config: ConfigType<typeof customersConfig>,
  ) {}

  async submit(request: KycCheckRequest): Promise<{ providerReference: string }> {
    const checkId = await this.store.open(request.applicationId, sandboxVerdict(request.documentNumber), Date.now() + this.config.KYC_SANDBOX_DECISION_DELAY_MS);
    return { providerReference: checkId };
  }

  /** The sandbox's back office: a reviewer decides a case now, whatever the document number said. */
  forceDecision(applicationId: string, outcome: SandboxOutcome): Promise<string | undefined> {
    return this.store.decide(applicationId, outcome);
  }
}
