import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { customerNotFound, invalidDateOfBirth, kycAlreadyApproved, kycInProgress, unknownCountry } from '../../../domain/customer.errors.js';
import { KycSubmitted } from '../../../domain/events/kyc.events.js';
import { type KycPersonalData, ageOn, normalizeCountryCode } from '../../../domain/kyc.js';
import { CustomerRepository } from '../../../infrastructure/persistence/customer.repository.js';
import { KycRepository } from '../../../infrastructure/persistence/kyc.repository.js';
import { KycSubmitter } from '../../kyc-submitter.js';
import { SubmitKycCommand } from './submit-kyc.command.js';

const MINIMUM_AGE = 18;
const MAXIMUM_AGE = 130;

/** Canonical forms (alpha-2 countries, trimmed text), and the checks a class-validator DTO cannot make. */
function normalized(data: KycPersonalData): KycPersonalData {
  const nationality = normalizeCountryCode(data.nationality);
  if (!nationality) throw unknownCountry('nationality');
  const country = normalizeCountryCode(data.address.country);
  if (!country) throw unknownCountry('address.country');
  // A calendar date that exists (no 2001-02-30), of an adult, and not absurdly old.
  const birth = new Date(`${data.dateOfBirth}T00:00:00Z`);
  const realDate = !Number.isNaN(birth.getTime()) && birth.toISOString().slice(0, 10) === data.dateOfBirth;
  if (!realDate || ageOn(data.dateOfBirth) < MINIMUM_AGE || ageOn(data.dateOfBirth) > MAXIMUM_AGE) throw invalidDateOfBirth();
  return {
    documentType: data.documentType,
    documentNumber: data.documentNumber.trim().toUpperCase(),
    dateOfBirth: data.dateOfBirth,
    nationality,
    address: {
      line1: data.address.line1.trim(),
      ...(data.address.line2?.trim() ? { line2: data.address.line2.trim() } : {}),
      postalCode: data.address.postalCode.trim(),
      city: data.address.city.trim(),
      country,
    },
  };
}

@CommandHandler(SubmitKycCommand)
export class SubmitKycHandler implements ICommandHandler<SubmitKycCommand> {
  private readonly logger = new Logger(SubmitKycHandler.name);

  constructor(
    private readonly customers: CustomerRepository,
    private readonly applications: KycRepository,
    private readonly submitter: KycSubmitter,
  ) {}

  async execute({ customerId, personalData }: SubmitKycCommand): Promise<{ applicationId: string; kycStatus: 'pending' }> {
    const data = normalized(personalData);
    const customer = await this.customers.findById(customerId);
    if (!customer) throw customerNotFound();
    if (customer.kycStatus === 'approved') throw kycAlreadyApproved();
    if (customer.kycStatus === 'pending') throw kycInProgress();

    const applicationId = randomUUID();
    const opened = await this.applications.open({ id: applicationId, customerId }, data, [
      new KycSubmitted(customerId, { customerId, applicationId }),
    ]);
    if (!opened) {
      const now = await this.customers.findById(customerId);
      throw now?.kycStatus === 'approved' ? kycAlreadyApproved() : kycInProgress();
    }
    // Persisted first: if the provider is unreachable now, the submitter's sweep sends it later.
    await this.submitter.sendOpened({ ...data, applicationId, fullName: customer.fullName }).catch((error: unknown) => {
      this.logger.warn({ err: error, applicationId }, 'KYC provider not reached; the sweep will resend');
    });
    return { applicationId, kycStatus: 'pending' };
  }
}
