import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { IdleBackoff } from '../../../shared/state-machine/index.js';
import { FleetLeases } from '../../data/index.js';
import { CustomerRepository } from '../infrastructure/persistence/customer.repository.js';
import { KycRepository } from '../infrastructure/persistence/kyc.repository.js';
import { KYC_PROVIDER, type KycCheckRequest, type KycProviderPort } from '../ports/kyc-provider.port.js';

const RESEND_SWEEP_MS = 10_000;
/** Sweeps that find nothing to resend back off up to this long; a failed send makes the next one due. */
const RESEND_IDLE_MAX_MS = 60_000;
/** An application younger than this is still being sent by the request that opened it. */
const RESEND_GRACE_MS = 5_000;

/**
 * Hands an opened application to the KYC provider. The application is persisted (pending) before
 * the call; a submission lost to a crash or a provider outage is sent again by the sweep. The
 * provider keys its case on our application id, so sending twice opens one case.
 */
@Injectable()
export class KycSubmitter implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(KycSubmitter.name);
  private timer?: NodeJS.Timeout;
  private readonly backoff = new IdleBackoff(RESEND_SWEEP_MS, RESEND_IDLE_MAX_MS);

  constructor(
    private readonly applications: KycRepository,
    private readonly customers: CustomerRepository,
    @Inject(KYC_PROVIDER) private readonly provider: KycProviderPort,
    private readonly leases: FleetLeases,
  ) {}

  onApplicationBootstrap(): void {
    // The instance on duty for the fleet resends; N would read the same rows.
    this.timer = setInterval(() => this.leases.onDuty && this.backoff.due() && void this.resendUnacknowledged(), RESEND_SWEEP_MS);
    void this.resendUnacknowledged(0);
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Sends an application as stored (the sweep's case: read again, sent only while pending and unacknowledged). */
  async send(applicationId: string): Promise<void> {
    await this.submitting(async () => {
      const found = await this.applications.getWithPersonalData(applicationId);
      if (found?.application.status !== 'pending' || found.application.providerReference) return;
      const customer = await this.customers.findById(found.application.customerId);
      if (customer) await this.submit({ ...found.personalData(), applicationId, fullName: customer.fullName });
    });
  }

  /** Sends an application the caller has just opened (pending, unacknowledged) with what it submitted: nothing to read again. */
  async sendOpened(request: KycCheckRequest): Promise<void> {
    await this.submitting(() => this.submit(request));
  }

  private async submitting(work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      this.backoff.wake();
      throw error;
    }
  }

  private async submit(request: KycCheckRequest): Promise<void> {
    const { providerReference } = await this.provider.submit(request);
    await this.applications.acknowledge(request.applicationId, providerReference);
  }

  /** Sends again what the provider never acknowledged (runs on boot and every few seconds). */
  async resendUnacknowledged(graceMs = RESEND_GRACE_MS): Promise<void> {
    try {
      const unacknowledged = await this.applications.listUnacknowledged(graceMs);
      for (const application of unacknowledged) await this.send(application.id);
      this.backoff.done(unacknowledged.length > 0);
    } catch (error) {
      this.backoff.done(true);
      this.logger.warn({ err: error }, 'KYC resubmission sweep failed; next sweep retries');
    }
  }
}
