import { sandboxVerdict } from './sandbox-kyc.provider.js';

describe('sandbox KYC provider', () => {
  it('behavior: a document number starting with REJECT is rejected, in any case', () => {
    expect(sandboxVerdict('REJECT-1234')).toEqual({ outcome: 'rejected', reason: 'DOCUMENT_REJECTED' });
    expect(sandboxVerdict(' reject99')).toEqual({ outcome: 'rejected', reason: 'DOCUMENT_REJECTED' });
  });

  it('behavior: anything else is approved', () => {
    expect(sandboxVerdict('18AB12345')).toEqual({ outcome: 'approved' });
    expect(sandboxVerdict('NOREJECT')).toEqual({ outcome: 'approved' });
  });
});
