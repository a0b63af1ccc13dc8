import { Logger } from '@nestjs/common';
import type { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ConflictError } from '../../../shared/errors/index.js';
import { GetPlatformContractsQuery, ReadContractQuery, SendChainActionCommand, SignKycClaimCommand } from '../../chain/index.js';
import { GetVerifiedCountryQuery } from '../../customers/index.js';
import type { WalletStatus, WalletView } from '../domain/wallet.js';
import type { WalletRepository } from '../infrastructure/persistence/wallet.repository.js';
import { IdentityOnboarding, customerIdOfIdentityKey, identityKeyOf } from './identity-onboarding.js';

const IDENTITY = '0x00000000000000000000000000000000000000aa';

/** An in-memory wallet table with the repository's conditional transitions. */
function fakeWallets(initial: WalletView) {
  let wallet = { ...initial };
  const events: string[] = [];
  const repository = {
    find: async () => ({ ...wallet }),
    transition: async (_id: string, from: WalletStatus, to: WalletStatus, changes: object, raised: { eventType: string }[] = []) => {
      if (wallet.status !== from) throw new ConflictError('DATA.CONDITION_FAILED', 'The record changed or already exists.');
      wallet = { ...wallet, ...changes, status: to };
      events.push(...raised.map((event) => event.eventType));
    },
    listByStatus: async (status: WalletStatus) => (wallet.status === status ? [{ ...wallet }] : []),
  };
  return { repository: repository as unknown as WalletRepository, current: () => wallet, events };
}

function buses(transactionStatus: 'queued' | 'confirmed' | 'failed' = 'queued') {
  const sent: SendChainActionCommand[] = [];
  const queries = {
    execute: async (query: object) => {
      if (query instanceof GetPlatformContractsQuery) return { identityRegistry: '0x0000000000000000000000000000000000000001', operator: '0x0000000000000000000000000000000000000002', registrar: '0x0000000000000000000000000000000000000002' };
      if (query instanceof ReadContractQuery) return IDENTITY;
      if (query instanceof GetVerifiedCountryQuery) return 250;
      throw new Error(`unexpected query ${query.constructor.name}`);
    },
  } as unknown as QueryBus;
  const commands = {
    execute: async (command: object) => {
      if (command instanceof SignKycClaimCommand) return { issuer: '0x0000000000000000000000000000000000000003', topic: 1n, signature: '0x01', data: '0x02' };
      if (command instanceof SendChainActionCommand) {
        sent.push(command);
        return { key: command.request.key, status: transactionStatus, ...(transactionStatus === 'failed' ? { revert: { name: 'RegistryWalletAlreadyRegistered', args: [] } } : {}) };
      }
      throw new Error(`unexpected command ${command.constructor.name}`);
    },
  } as unknown as CommandBus;
  return { queries, commands, sent };
}

const wallet = (status: WalletStatus, identityAddress?: `0x${string}`): WalletView => ({
  customerId: 'c1',
  address: '0x00000000000000000000000000000000000000c1',
  status,
  ...(identityAddress ? { identityAddress } : {}),
});

describe('identity onboarding', () => {
  beforeAll(() => Logger.overrideLogger(false));

  it('behavior: records identity_pending with the predicted identity before sending one keyed transaction', async () => {
    const wallets = fakeWallets(wallet('created'));
    const { queries, commands, sent } = buses();
    await new IdentityOnboarding(wallets.repository, queries, commands).start('c1');
    expect(wallets.current()).toMatchObject({ status: 'identity_pending', identityAddress: IDENTITY });
    expect(sent.map((command) => command.request.key)).toEqual([identityKeyOf('c1')]);
  });

  it('behavior: a resume after a crash sends the same key again, and completes if the transaction already confirmed', async () => {
    const wallets = fakeWallets(wallet('identity_pending', IDENTITY));
    const { queries, commands, sent } = buses('confirmed');
    await new IdentityOnboarding(wallets.repository, queries, commands).resumeAll();
    expect(sent.map((command) => command.request.key)).toEqual([identityKeyOf('c1')]);
    expect(wallets.current().status).toBe('registered');
    expect(wallets.events).toEqual(['custody.identity-registered']);
  });

  it('behavior: completing twice (a redelivered event) raises IdentityRegistered once', async () => {
    const wallets = fakeWallets(wallet('identity_pending', IDENTITY));
    const { queries, commands } = buses();
    const onboarding = new IdentityOnboarding(wallets.repository, queries, commands);
    await onboarding.complete('c1');
    await onboarding.complete('c1');
    expect(wallets.events).toEqual(['custody.identity-registered']);
  });

  it('error: a reverted onboarding is kept as identity_failed, and never re-sent by a resume', async () => {
    const wallets = fakeWallets(wallet('identity_pending', IDENTITY));
    const { queries, commands, sent } = buses('failed');
    const onboarding = new IdentityOnboarding(wallets.repository, queries, commands);
    await onboarding.start('c1');
    expect(wallets.current().status).toBe('identity_failed');
    expect(wallets.events).toEqual(['custody.identity-onboarding-failed']);
    await onboarding.resumeAll();
    expect(sent).toHaveLength(1);
  });

  it('behavior: an operator retry records attempt 2 before sending it under its own key; a late failure of attempt 1 changes nothing', async () => {
    const wallets = fakeWallets(wallet('identity_failed', IDENTITY));
    const { queries, commands, sent } = buses();
    const onboarding = new IdentityOnboarding(wallets.repository, queries, commands);
    const retried = await onboarding.retry('c1');
    expect(retried).toMatchObject({ status: 'identity_pending', onboardingAttempt: 2 });
    expect(sent.map((command) => command.request.key)).toEqual([identityKeyOf('c1', 2)]);
    expect(identityKeyOf('c1', 2)).toBe('identity:c1:attempt:2');
    expect(customerIdOfIdentityKey(identityKeyOf('c1', 2))).toBe('c1');
    await onboarding.failed('c1', 'RegistryWalletAlreadyRegistered', identityKeyOf('c1'));
    expect(wallets.current().status).toBe('identity_pending');
    await onboarding.complete('c1');
    expect(wallets.events).toEqual(['custody.identity-onboarding-retried', 'custody.identity-registered']);
  });

  it('error: only a failed onboarding can be retried', async () => {
    const { queries, commands } = buses();
    const onboarding = new IdentityOnboarding(fakeWallets(wallet('registered', IDENTITY)).repository, queries, commands);
    await expect(onboarding.retry('c1')).rejects.toMatchObject({ code: 'CUSTODY.IDENTITY_NOT_FAILED', status: 409 });
  });
});
