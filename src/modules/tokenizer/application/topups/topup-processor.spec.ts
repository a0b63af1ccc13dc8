import { decodeFunctionData, getAddress, zeroAddress } from 'viem';
import { GetCardPaymentQuery } from '../../../acquirer/index.js';
import { GetChainTransactionQuery, GetPlatformContractsQuery, SendChainActionCommand, euroTokenAbi } from '../../../chain/index.js';
import type { TopUp } from '../../domain/topup.js';
import { TopUpProcessor } from './topup-processor.js';

const WALLET = '0x00000000000000000000000000000000000000aa';
const TOKEN = '0x00000000000000000000000000000000000000bb';

function setUp(options: { spendable: bigint; paymentStatus: string }) {
  const topUp: TopUp = {
    id: 'topup-1',
    customerId: 'customer-1',
    walletAddress: WALLET,
    amount: 1000n,
    currency: 'EUR',
    paymentId: 'pay_1',
    status: 'completed',
    history: [],
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
  };
  const state = { topUp, events: [] as { payload: Record<string, string> }[] };
  const chain = new Map<string, { status: string; data: `0x${string}` }>();
  const repository = {
    get: async () => ({ ...state.topUp }),
    findByPayment: async () => ({ ...state.topUp }),
    transition: async (current: TopUp, to: TopUp['status'], changes: Partial<TopUp>, events: { payload: Record<string, string> }[] = []) => {
      if (current.status !== state.topUp.status) return false;
      state.topUp = { ...state.topUp, ...changes, status: to };
      state.events.push(...events);
      return true;
    },
  };
  const queries = {
    execute: async (query: unknown) => {
      if (query instanceof GetCardPaymentQuery) return { paymentId: 'pay_1', amount: 1000n, currency: 'EUR', status: options.paymentStatus };
      if (query instanceof GetChainTransactionQuery) return chain.get(query.key);
      if (query instanceof GetPlatformContractsQuery) return { token: TOKEN };
      throw new Error(`unexpected query ${String(query)}`);
    },
  };
  const commands = {
    execute: async (command: unknown) => {
      if (command instanceof SendChainActionCommand) chain.set(command.request.key, { status: 'queued', data: command.request.action.data });
      return {};
    },
  };
  const tokens = { balances: async () => ({ balance: options.spendable, held: 0n, spendable: options.spendable }) };
  const processor = new TopUpProcessor(repository as never, tokens as never, queries as never, commands as never, { CRASH_AT: undefined } as never);
  const confirm = (key: string) => chain.set(key, { ...(chain.get(key) as { data: `0x${string}` }), status: 'confirmed' });
  return { processor, state, chain, confirm };
}

describe('TopUpProcessor: reversals', () => {
  it('behavior: a chargeback larger than the spendable balance burns what is there, freezes the wallet and flags the shortfall', async () => {
    const { processor, state, chain, confirm } = setUp({ spendable: 600n, paymentStatus: 'charged_back' });
    await processor.advance('topup-1');
    expect(state.topUp).toMatchObject({ status: 'charging_back', burnAmount: 600n, shortfall: 400n, reason: 'CHARGEBACK' });
    const burn = decodeFunctionData({ abi: euroTokenAbi, data: chain.get('topup:topup-1:burn')!.data });
    expect(burn).toMatchObject({ functionName: 'forcedTransfer', args: [getAddress(WALLET), zeroAddress, 600n] });

    confirm('topup:topup-1:burn');
    await processor.advance('topup-1');
    expect(state.topUp.status).toBe('charging_back');
    expect(decodeFunctionData({ abi: euroTokenAbi, data: chain.get('topup:topup-1:freeze')!.data })).toMatchObject({ functionName: 'setAddressFrozen', args: [getAddress(WALLET), true] });

    confirm('topup:topup-1:freeze');
    await processor.advance('topup-1');
    expect(state.topUp).toMatchObject({ status: 'charged_back', shortfall: 400n });
    expect(state.events.at(-1)?.payload).toMatchObject({ outcome: 'charged_back', burned: '600', shortfall: '400' });
  });

  it('behavior: a chargeback the balance covers burns it all and freezes nothing', async () => {
    const { processor, state, chain, confirm } = setUp({ spendable: 5000n, paymentStatus: 'charged_back' });
    await processor.advance('topup-1');
    confirm('topup:topup-1:burn');
    await processor.advance('topup-1');
    expect(state.topUp).toMatchObject({ status: 'charged_back', shortfall: 0n });
    expect(chain.has('topup:topup-1:freeze')).toBe(false);
  });

  it('error: the platform refuses to refund a top-up whose tokens are no longer there', async () => {
    const { processor, state } = setUp({ spendable: 999n, paymentStatus: 'captured' });
    await expect(processor.refund('topup-1')).rejects.toMatchObject({ code: 'TOPUPS.INSUFFICIENT_BALANCE', status: 409 });
    expect(state.topUp.status).toBe('completed');
  });

  it('behavior: a refund or chargeback reported before the capture was processed mints nothing and burns nothing', async () => {
    const { processor, state, chain } = setUp({ spendable: 0n, paymentStatus: 'refunded' });
    state.topUp = { ...state.topUp, status: 'created' };
    await processor.advance('topup-1');
    expect(state.topUp.status).toBe('refunded');
    expect(chain.size).toBe(0);
  });
});
