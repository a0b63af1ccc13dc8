import type { QueryBus } from '@nestjs/cqrs';
import { type Address, type Hex, recoverTypedDataAddress, zeroAddress } from 'viem';
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts';
import type { WalletRepository } from '../../../infrastructure/persistence/wallet.repository.js';
import { TOKEN_TYPED_DATA, type TypedDataRequest, tokenDomain } from '../../../domain/typed-data-policy.js';
import { SignTypedDataCommand } from './sign-typed-data.command.js';
import { SignTypedDataHandler } from './sign-typed-data.handler.js';

const privateKey = generatePrivateKey();
const wallet = privateKeyToAccount(privateKey).address;
const token: Address = '0x5FbDB2315678afecb367f032d93F642f64180aa3';
const operator: Address = '0x90F79bf6EB2c4f870365E785982E1f101E93b906';
const stranger: Address = '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC';
const contracts = { chainId: 31337, token, identityRegistry: stranger, claimIssuer: stranger, identityFactory: stranger, operator, claimSigner: stranger };

/** The handler with its wallet store and the chain's contracts query faked: the policy and the signing are the real ones. */
function handler() {
  let keyReads = 0;
  const wallets = {
    // The repository's contract: `check` sees the record first and may refuse before the key is decrypted.
    withPrivateKey: async <T>(_customerId: string, use: (key: Hex, address: Hex) => Promise<T>, check?: (view: { address: Address }) => void) => {
      check?.({ address: wallet });
      keyReads += 1;
      return use(privateKey, wallet);
    },
  } as unknown as WalletRepository;
  const queries = { execute: () => Promise.resolve(contracts) } as unknown as QueryBus;
  return { handler: new SignTypedDataHandler(wallets, queries), keyReads: () => keyReads };
}

const typed = (primaryType: string, fields: readonly { name: string; type: string }[], message: Record<string, unknown>, verifyingContract: Address = token): TypedDataRequest => ({
  domain: tokenDomain(31337, verifyingContract),
  types: { [primaryType]: fields },
  primaryType,
  message,
});
const nonce = `0x${'ab'.repeat(32)}`;
const transfer = typed('TransferWithAuthorization', TOKEN_TYPED_DATA.TransferWithAuthorization.fields, { from: wallet, to: stranger, value: 100n, validAfter: 0n, validBefore: 10n, nonce });
const hold = (overrides: Record<string, unknown> = {}) =>
  typed('HoldWithAuthorization', TOKEN_TYPED_DATA.HoldWithAuthorization.fields, { holder: wallet, holdId: nonce, notary: operator, payee: zeroAddress, amount: 100n, expiresAt: 20n, deadline: 10n, ...overrides });

describe('SignTypedDataHandler: the custody signing policy', () => {
  it('behavior: signs a transfer authorization and a burning hold for the platform notary, as the customer', async () => {
    const { handler: signer } = handler();
    for (const request of [transfer, hold()]) {
      const { signature, signer: address } = await signer.execute(new SignTypedDataCommand('customer-1', request));
      expect(address).toBe(wallet);
      expect(await recoverTypedDataAddress({ ...(request as object), signature } as never)).toBe(wallet);
    }
  });

  it.each([
    ['a Permit', typed('Permit', [{ name: 'owner', type: 'address' }, { name: 'spender', type: 'address' }, { name: 'value', type: 'uint256' }, { name: 'nonce', type: 'uint256' }, { name: 'deadline', type: 'uint256' }], { owner: wallet, spender: stranger, value: 1n, nonce: 0n, deadline: 1n }), /Permit is not a token authorization/],
    ['a ReceiveWithAuthorization', { ...transfer, primaryType: 'ReceiveWithAuthorization', types: { ReceiveWithAuthorization: TOKEN_TYPED_DATA.TransferWithAuthorization.fields } }, /ReceiveWithAuthorization is not/],
    ['a CancelAuthorization', typed('CancelAuthorization', [{ name: 'authorizer', type: 'address' }, { name: 'nonce', type: 'bytes32' }], { authorizer: wallet, nonce }), /CancelAuthorization is not/],
    ['a transfer for another contract', { ...transfer, domain: tokenDomain(31337, stranger) }, /not the EURT token/],
    ['a transfer in another domain', { ...transfer, domain: { ...transfer.domain, name: 'Other' } }, /domain/],
    ['a hold for another notary', hold({ notary: stranger }), /notary/],
    ['a hold with a payee', hold({ payee: stranger }), /payee/],
  ])('error: refuses %s with CUSTODY.SIGNING_REFUSED, never reading the key', async (_case, request, reason) => {
    const { handler: signer, keyReads } = handler();
    await expect(signer.execute(new SignTypedDataCommand('customer-1', request as TypedDataRequest))).rejects.toMatchObject({ code: 'CUSTODY.SIGNING_REFUSED', message: expect.stringMatching(reason) });
    expect(keyReads()).toBe(0);
  });
});
