import { decodeFunctionData, type Hex } from 'viem';
import { identityRegistryAbi } from '../../contracts/generated/index.js';
import { onboard, onboardBatch } from './onboard.js';

const customer = (index: number) =>
  onboard({
    wallet: `0x${(index + 1).toString(16).padStart(40, '0')}`,
    manager: `0x${'ab'.repeat(20)}`,
    salt: `0x${index.toString(16).padStart(64, '0')}`,
    country: 250 + index,
    claim: { issuer: `0x${'cd'.repeat(20)}`, signature: `0x${'11'.repeat(65)}` as Hex, data: `0x${index.toString(16).padStart(2, '0')}` as Hex },
  });

describe('onboard batches', () => {
  it('behavior: an onboarding joins a batch of its kind', () => {
    expect(customer(0)).toMatchObject({ contract: 'identityRegistry', functionName: 'onboard', signer: 'registrar', batch: 'onboard' });
  });

  it('behavior: several onboard calls become one onboardBatch with the same arguments, in order', () => {
    const calls = [0, 1, 2].map((index) => customer(index).data);
    const decoded = decodeFunctionData({ abi: identityRegistryAbi, data: onboardBatch(calls) });
    expect(decoded.functionName).toBe('onboardBatch');
    const inputs = (decoded.args as unknown as [{ wallet: string; salt: string; country: number; data: string }[]])[0];
    expect(inputs.map((input) => [input.wallet, input.country, input.data])).toEqual([
      ['0x0000000000000000000000000000000000000001', 250, '0x00'],
      ['0x0000000000000000000000000000000000000002', 251, '0x01'],
      ['0x0000000000000000000000000000000000000003', 252, '0x02'],
    ]);
    const single = decodeFunctionData({ abi: identityRegistryAbi, data: calls[1] }).args;
    expect(inputs[1].salt).toBe(single[2]);
  });

  it('behavior: one alone is sent as its own onboard call', () => {
    const call = customer(4).data;
    expect(onboardBatch([call])).toBe(call);
  });

  it('error: a call that is not an onboarding cannot join', () => {
    const other = decodeFunctionData({ abi: identityRegistryAbi, data: customer(0).data });
    expect(other.functionName).toBe('onboard');
    expect(() => onboardBatch([customer(0).data, '0x12345678'])).toThrow();
  });
});
