import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import type { Address, Hex } from 'viem';
import { GetChainHeadQuery, GetPlatformContractsQuery, ReadContractQuery, euroTokenAbi } from '../../chain/index.js';

export interface TokenBalances {
  balance: bigint;
  held: bigint;
  spendable: bigint;
}

export interface AccountState {
  balance: bigint;
  held: bigint;
  frozen: bigint;
  verifiedUntil: bigint;
  addressFrozen: boolean;
}

/** IHoldable.HoldStatus.Ordered: on hold, neither executed nor released. */
const HOLD_ORDERED = 1;

/** Reads the token's state on chain, the source of truth for balances and supply. */
@Injectable()
export class TokenReader {
  constructor(private readonly queries: QueryBus) {}

  async balances(account: Address): Promise<TokenBalances> {
    const [balance, held, spendable] = await Promise.all(
      (['balanceOf', 'heldBalanceOf', 'spendableBalanceOf'] as const).map((functionName) => this.read<bigint>(functionName, [account])),
    );
    return { balance, held, spendable };
  }

  totalSupply(): Promise<bigint> {
    return this.read('totalSupply', []);
  }

  accountState(account: Address, blockNumber?: bigint): Promise<AccountState> {
    return this.read('accountState', [account], blockNumber);
  }

  head(): Promise<bigint> {
    return this.queries.execute(new GetChainHeadQuery());
  }

  paused(): Promise<boolean> {
    return this.read('paused', []);
  }

  /** Whether the EIP-3009 authorization `nonce` of `authorizer` was used (its transfer happened). */
  authorizationUsed(authorizer: Address, nonce: Hex, blockNumber?: bigint): Promise<boolean> {
    return this.read('authorizationState', [authorizer, nonce], blockNumber);
  }

  /** Whether `holder`'s hold `holdId` is open (ordered, neither executed nor released) on chain at `blockNumber`. */
  async holdOpen(holder: Address, holdId: Hex, blockNumber?: bigint): Promise<boolean> {
    const hold = await this.read<{ status: number }>('getHold', [holder, holdId], blockNumber);
    return hold.status === HOLD_ORDERED;
  }

  /** Runs a state-changing token call against the latest block without sending it; throws the revert. */
  async simulate(functionName: string, args: readonly unknown[]): Promise<void> {
    await this.read(functionName, args);
  }

  private async read<T>(functionName: string, args: readonly unknown[], blockNumber?: bigint): Promise<T> {
    const { token } = await this.queries.execute(new GetPlatformContractsQuery());
    return (await this.queries.execute(new ReadContractQuery({ address: token, abi: euroTokenAbi, functionName, args, blockNumber }))) as T;
  }
}
