import type { KycApplication, KycPersonalData } from '../domain/kyc.js';
import type { CustomerRepository } from '../infrastructure/persistence/customer.repository.js';
import type { KycRepository } from '../infrastructure/persistence/kyc.repository.js';
import type { KycCheckRequest, KycProviderPort } from '../ports/kyc-provider.port.js';
import { KycSubmitter } from './kyc-submitter.js';

const personalData: KycPersonalData = {
  documentType: 'passport',
  documentNumber: 'P12345678',
  dateOfBirth: '1990-04-21',
  nationality: 'FR',
  address: { line1: '1 rue de la Paix', postalCode: '75002', city: 'Paris', country: 'FR' },
};

function setUp(provider: KycProviderPort) {
  const application: KycApplication = { id: 'a1', customerId: 'c1', status: 'pending', createdAt: '2026-01-01T00:00:00Z' };
  const applications = {
    getWithPersonalData: async () => ({ application: { ...application }, personalData: () => personalData }),
    acknowledge: async (_id: string, providerReference: string) => {
      application.providerReference = providerReference;
    },
    listUnacknowledged: async () => (application.providerReference ? [] : [{ ...application }]),
  } as unknown as KycRepository;
  const customers = { findById: async () => ({ id: 'c1', fullName: 'Ada Lovelace' }) } as unknown as CustomerRepository;
  return { application, applications, customers, submitter: new KycSubmitter(applications, customers, provider, { onDuty: true } as never) };
}

describe('KYC submitter', () => {
  it('behavior: sends the application with the customer’s name and records the provider’s case id', async () => {
    const sent: KycCheckRequest[] = [];
    const { application, submitter } = setUp({ submit: async (request) => (sent.push(request), { providerReference: 'kyc_1' }) });
    await submitter.send('a1');
    expect(sent).toEqual([{ ...personalData, applicationId: 'a1', fullName: 'Ada Lovelace' }]);
    expect(application.providerReference).toBe('kyc_1');
  });

  it('behavior: the application the request just opened is sent with what it submitted, nothing read again', async () => {
    const sent: KycCheckRequest[] = [];
    const { application, applications, customers, submitter } = setUp({ submit: async (request) => (sent.push(request), { providerReference: 'kyc_4' }) });
    const unexpectedRead = () => Promise.reject(new Error('read again'));
    applications.getWithPersonalData = unexpectedRead;
    customers.findById = unexpectedRead;
    await submitter.sendOpened({ ...personalData, applicationId: 'a1', fullName: 'Ada Lovelace' });
    expect(sent).toEqual([{ ...personalData, applicationId: 'a1', fullName: 'Ada Lovelace' }]);
    expect(application.providerReference).toBe('kyc_4');
  });

  it('behavior: an application the provider never acknowledged is sent again by the sweep, once', async () => {
    let calls = 0;
    const { application, submitter } = setUp({
      submit: async () => {
        calls += 1;
        if (calls === 1) throw new Error('provider unreachable');
        return { providerReference: 'kyc_2' };
      },
    });
    await expect(submitter.send('a1')).rejects.toThrow('provider unreachable');
    await submitter.resendUnacknowledged(0);
    await submitter.resendUnacknowledged(0);
    expect(calls).toBe(2);
    expect(application.providerReference).toBe('kyc_2');
  });

  it('behavior: a decided or acknowledged application is not sent', async () => {
    let calls = 0;
    const { application, submitter } = setUp({ submit: async () => (calls++, { providerReference: 'kyc_3' }) });
    application.status = 'approved';
    await submitter.send('a1');
    application.status = 'pending';
    application.providerReference = 'kyc_0';
    await submitter.send('a1');
    expect(calls).toBe(0);
  });
});
