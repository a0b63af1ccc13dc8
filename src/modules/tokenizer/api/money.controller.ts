import { Controller, DefaultValuePipe, Get, Param, ParseIntPipe, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser, Public, Roles } from '../../../shared/auth/index.js';
import { CURRENCY, EURT_DECIMALS } from '../../../shared/money/index.js';
import { GetAcquirerBalanceQuery } from '../../acquirer/index.js';
import { GetOmnibusAccountQuery } from '../../bank/index.js';
import { GetPlatformContractsQuery } from '../../chain/index.js';
import { GetWalletQuery } from '../../custody/index.js';
import { GetCustomerQuery } from '../../customers/index.js';
import { OperationHistory } from '../application/operations/operation-history.js';
import { TokenReader } from '../application/token-reader.js';
import { DepositRepository } from '../infrastructure/persistence/deposit.repository.js';
import { SpendingRepository } from '../infrastructure/persistence/spending.repository.js';
import { TopUpRepository } from '../infrastructure/persistence/topup.repository.js';
import { TransferRepository } from '../infrastructure/persistence/transfer.repository.js';
import { WithdrawalRepository } from '../infrastructure/persistence/withdrawal.repository.js';
import { customerNotFound, operationNotFound } from '../domain/errors/tokenizer.errors.js';
import {
  BalanceResponse,
  DepositInstructionsResponse,
  OperationPageResponse,
  OperationResponse,
  ReservesResponse,
  TokenResponse,
} from './money.dto.js';

@ApiTags('money')
@ApiBearerAuth()
@Controller('v1')
export class MoneyController {
  constructor(
    private readonly queries: QueryBus,
    private readonly tokens: TokenReader,
    private readonly deposits: DepositRepository,
    private readonly topUps: TopUpRepository,
    private readonly transfers: TransferRepository,
    private readonly spending: SpendingRepository,
    private readonly history: OperationHistory,
    private readonly withdrawals: WithdrawalRepository,
  ) {}

  @Get('token')
  @Public()
  @ApiOperation({ operationId: 'getToken', summary: 'The EURT token: chain, addresses, symbol and decimals' })
  @ApiOkResponse({ type: TokenResponse })
  async token(): Promise<TokenResponse> {
    const [contracts, paused] = await Promise.all([this.queries.execute(new GetPlatformContractsQuery()), this.tokens.paused()]);
    return { chainId: contracts.chainId, address: contracts.token, identityRegistry: contracts.identityRegistry, symbol: 'EURT', decimals: EURT_DECIMALS, paused };
  }

  @Get('me/balance')
  @ApiOperation({ operationId: 'getMyBalance', summary: 'Spendable now, on hold, and on the way in and out' })
  @ApiOkResponse({ type: BalanceResponse })
  async balance(@CurrentUser() user: AuthenticatedUser): Promise<BalanceResponse> {
    // Reservations first, the chain second: a transfer settling in between is then counted twice (briefly low), never not at all.
    const [reserved, openDeposits, topUps, transfersIn] = await Promise.all([
      this.spending.reservedOf(user.customerId),
      this.deposits.sumOpenForCustomer(user.customerId),
      this.topUps.listByCustomer(user.customerId),
      this.transfers.sumIncomingOpen(user.customerId),
    ]);
    const wallet = await this.queries.execute(new GetWalletQuery(user.customerId));
    const onChain = wallet ? await this.tokens.balances(wallet.address) : { spendable: 0n, held: 0n };
    const topUpsIn = topUps.filter((topUp) => topUp.status === 'authorized' || topUp.status === 'minting').reduce((sum, topUp) => sum + topUp.amount, 0n);
    const available = onChain.spendable > reserved ? onChain.spendable - reserved : 0n;
    return {
      currency: CURRENCY,
      decimals: EURT_DECIMALS,
      available: available.toString(),
      held: onChain.held.toString(),
      pendingIn: (openDeposits + topUpsIn + transfersIn).toString(),
      // Reserved (transfers and withdrawals not yet on chain) and on hold (withdrawals being paid out).
      pendingOut: (reserved + onChain.held).toString(),
    };
  }

  @Get('me/deposit-instructions')
  @ApiOperation({ operationId: 'getDepositInstructions', summary: 'Where and how to send a SEPA transfer that tops up this account' })
  @ApiOkResponse({ type: DepositInstructionsResponse })
  async depositInstructions(@CurrentUser() user: AuthenticatedUser): Promise<DepositInstructionsResponse> {
    const [customer, omnibus] = await Promise.all([
      this.queries.execute(new GetCustomerQuery(user.customerId)),
      this.queries.execute(new GetOmnibusAccountQuery()),
    ]);
    if (!customer) throw customerNotFound();
    return { iban: omnibus.iban, bic: omnibus.bic, beneficiary: omnibus.accountName, reference: customer.depositReference, currency: CURRENCY };
  }

  @Get('me/operations')
  @ApiOperation({ operationId: 'listMyOperations', summary: 'Deposits, top-ups, transfers and withdrawals, newest first', description: 'Roles: `customer`. Pages follow `nextCursor`.' })
  @ApiQuery({ name: 'limit', required: false, schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 } })
  @ApiQuery({ name: 'cursor', required: false })
  @ApiOkResponse({ type: OperationPageResponse })
  async operations(
    @CurrentUser() user: AuthenticatedUser,
    @Query('limit', new DefaultValuePipe(20), ParseIntPipe) limit: number,
    @Query('cursor') cursor?: string,
  ): Promise<OperationPageResponse> {
    return this.history.list(user.customerId, Math.min(Math.max(limit, 1), 100), cursor);
  }

  @Get('operations/:id')
  @ApiOperation({ operationId: 'getOperation', summary: 'One operation: its owner (either side of a transfer) or an admin only' })
  @ApiOkResponse({ type: OperationResponse })
  async operation(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string): Promise<OperationResponse> {
    const operation = await this.history.get(id, user.customerId, user.roles.includes('admin'));
    if (!operation) throw operationNotFound();
    return operation;
  }

  @Get('admin/reserves')
  @Roles('admin', 'treasury')
  @ApiOperation({ operationId: 'getReserves', summary: 'Proof of reserve: tokens in circulation against the omnibus balance and the card funds at the acquirer' })
  @ApiOkResponse({ type: ReservesResponse })
  async reserves(): Promise<ReservesResponse> {
    const [totalSupply, omnibus, acquirerBalance, unmintedDeposits, unmintedTopUps, shortfall, writtenOff, paidNotBurned, crediting] = await Promise.all([
      this.tokens.totalSupply(),
      this.queries.execute(new GetOmnibusAccountQuery()),
      this.queries.execute(new GetAcquirerBalanceQuery()),
      this.deposits.sumUnminted(),
      this.topUps.sumUnminted(),
      this.topUps.sumShortfall(),
      this.topUps.sumWrittenOff(),
      this.withdrawals.sumPaidNotBurned(),
      this.withdrawals.sumCrediting(),
    ]);
    const held = omnibus.balance + acquirerBalance;
    // Paid out by the bank, hold not burned yet: tokens still counted in the supply, money already gone.
    const inFlight = unmintedDeposits + unmintedTopUps + crediting - paidNotBurned;
    return {
      totalSupply: totalSupply.toString(),
      omnibusBalance: omnibus.balance.toString(),
      acquirerBalance: acquirerBalance.toString(),
      inFlight: inFlight.toString(),
      shortfall: shortfall.toString(),
      writtenOff: writtenOff.toString(),
      backed: held + paidNotBurned >= totalSupply,
      reconciled: held + shortfall + writtenOff === totalSupply + inFlight,
    };
  }
}
