import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import type { Address } from 'viem';
import { GetPlatformContractsQuery, ReadContractQuery, euroTokenAbi } from '../../chain/index.js';

export interface TokenBalances {
  balance: bigint;
  held: bigint;
  spendable: bigint;
}

/** Reads the token's state on chain, the source of truth for balances and supply. */
@Injectable()
export class TokenReader {
  constructor(private readonly queries: QueryBus) {}

  async balances(account: Address): Promise<TokenBalances> {
    const [balance, held, spendable] = await Promise.all(
      (['balanceOf', 'heldBalanceOf', 'spendableBalanceOf'] as const).map((functionName) => this.read(functionName, [account])),
    );
    return { balance, held, spendable };
  }

  totalSupply(): Promise<bigint> {
    return this.read('totalSupply', []);
  }

  private async read(functionName: string, args: readonly unknown[]): Promise<bigint> {
    const { token } = await this.queries.execute(new GetPlatformContractsQuery());
    return (await this.queries.execute(new ReadContractQuery({ address: token, abi: euroTokenAbi, functionName, args }))) as bigint;
  }
}
