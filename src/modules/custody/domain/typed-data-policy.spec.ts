import { type Address, zeroAddress } from 'viem';
import { TOKEN_TYPED_DATA, type TypedDataRequest, refusalOf, tokenDomain } from './typed-data-policy.js';

const token: Address = '0x5FbDB2315678afecb367f032d93F642f64180aa3';
const wallet: Address = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8';
const other: Address = '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC';
const notary: Address = '0x90F79bf6EB2c4f870365E785982E1f101E93b906';
const context = { chainId: 31337, token, wallet, notary };

function request(primaryType: keyof typeof TOKEN_TYPED_DATA, message: Record<string, unknown>, domain: Partial<TypedDataRequest['domain']> = {}): TypedDataRequest {
  return {
    domain: { name: 'Euro Token', version: '1', chainId: 31337, verifyingContract: token, ...domain },
    types: { [primaryType]: TOKEN_TYPED_DATA[primaryType].fields },
    primaryType,
    message,
  };
}

const transfer = (from: Address) => request('TransferWithAuthorization', { from, to: other, value: 1n, validAfter: 0n, validBefore: 1n, nonce: `0x${'00'.repeat(32)}` });

const hold = (overrides: Record<string, unknown>) =>
  request('HoldWithAuthorization', { holder: wallet, holdId: `0x${'22'.repeat(32)}`, notary, payee: zeroAddress, amount: 1n, expiresAt: 2n, deadline: 1n, ...overrides });

/** The token's other EIP-712 structs, which custody never signs. */
const AUTHORIZATION_TYPES = {
  Permit: [
    { name: 'owner', type: 'address' },
    { name: 'spender', type: 'address' },
    { name: 'value', type: 'uint256' },
    { name: 'nonce', type: 'uint256' },
    { name: 'deadline', type: 'uint256' },
  ],
  CancelAuthorization: [
    { name: 'authorizer', type: 'address' },
    { name: 'nonce', type: 'bytes32' },
  ],
};

describe('custody signing policy', () => {
  it('behavior: tokenDomain is the EURT domain the contract hashes, and the policy signs for it', () => {
    expect(tokenDomain(31337, token)).toEqual({ name: 'Euro Token', version: '1', chainId: 31337, verifyingContract: token });
    expect(refusalOf({ ...transfer(wallet), domain: tokenDomain(31337, token) }, context)).toBeUndefined();
    expect(refusalOf({ ...transfer(wallet), domain: tokenDomain(1, token) }, context)).toBe('the domain is for another chain');
  });

  it('behavior: a transfer authorization, and a burning hold with the platform notary, are signable', () => {
    expect(refusalOf(transfer(wallet), context)).toBeUndefined();
    expect(refusalOf(hold({ notary: notary.toLowerCase() }), context)).toBeUndefined();
  });

  it('error: a hold naming another notary, or any payee, is refused', () => {
    expect(refusalOf(hold({ notary: other }), context)).toMatch(/notary is not the platform's notary/);
    expect(refusalOf(hold({ payee: other }), context)).toMatch(/payee/);
    expect(refusalOf(hold({ payee: undefined }), context)).toMatch(/payee/);
  });

  it.each([
    ['Permit', { owner: wallet, spender: other, value: 1n, nonce: 0n, deadline: 1n }, AUTHORIZATION_TYPES.Permit],
    ['ReceiveWithAuthorization', { from: wallet, to: other, value: 1n, validAfter: 0n, validBefore: 1n, nonce: `0x${'00'.repeat(32)}` }, TOKEN_TYPED_DATA.TransferWithAuthorization.fields],
    ['CancelAuthorization', { authorizer: wallet, nonce: `0x${'11'.repeat(32)}` }, AUTHORIZATION_TYPES.CancelAuthorization],
  ])('error: %s (with the token\'s own field list) is refused', (primaryType, message, fields) => {
    expect(refusalOf({ domain: transfer(wallet).domain, types: { [primaryType]: fields }, primaryType, message }, context)).toBe(`${primaryType} is not a token authorization`);
  });

  it('error: another chain, another contract or another domain name is refused', () => {
    expect(refusalOf({ ...transfer(wallet), domain: { ...transfer(wallet).domain, chainId: 1 } }, context)).toMatch(/another chain/);
    expect(refusalOf({ ...transfer(wallet), domain: { ...transfer(wallet).domain, verifyingContract: other } }, context)).toMatch(/not the EURT token/);
    expect(refusalOf({ ...transfer(wallet), domain: { ...transfer(wallet).domain, name: 'Other Token' } }, context)).toMatch(/domain/);
    expect(refusalOf({ ...transfer(wallet), domain: { ...transfer(wallet).domain, chainId: undefined } }, context)).toMatch(/another chain/);
  });

  it('error: a struct the token does not know, or extra types, are refused', () => {
    expect(refusalOf({ ...transfer(wallet), primaryType: 'Mail', types: { Mail: [{ name: 'contents', type: 'string' }] } }, context)).toMatch(/not a token authorization/);
    const extra = transfer(wallet);
    expect(refusalOf({ ...extra, types: { ...extra.types, Extra: [{ name: 'x', type: 'uint256' }] } }, context)).toMatch(/field list/);
    const reordered = transfer(wallet);
    const fields = [...TOKEN_TYPED_DATA.TransferWithAuthorization.fields].reverse();
    expect(refusalOf({ ...reordered, types: { TransferWithAuthorization: fields } }, context)).toMatch(/field list/);
  });

  it('error: an authorization for somebody else’s wallet is refused', () => {
    expect(refusalOf(transfer(other), context)).toMatch(/from is not the customer's wallet/);
    expect(refusalOf(hold({ holder: 'not-an-address' }), context)).toMatch(/holder/);
  });
});
