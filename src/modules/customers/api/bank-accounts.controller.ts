import { Body, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser } from '../../../shared/auth/index.js';
import { CustomerController } from '../../../shared/http/index.js';
import { LinkBankAccountCommand } from '../application/commands/link-bank-account/link-bank-account.command.js';
import { RemoveBankAccountCommand } from '../application/commands/remove-bank-account/remove-bank-account.command.js';
import { ListBankAccountsQuery } from '../application/queries/list-bank-accounts/list-bank-accounts.query.js';
import type { BankAccount } from '../domain/bank-account.js';
import { BankAccountListResponse, BankAccountResponse, LinkBankAccountRequest } from './bank-accounts.dto.js';

@CustomerController('v1/me/bank-accounts', 'customer')
export class BankAccountsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @ApiOperation({ operationId: 'linkBankAccount', summary: 'Link one of your own bank accounts (withdrawals are paid out to it)' })
  @ApiCreatedResponse({ type: BankAccountResponse })
  async link(@CurrentUser() user: AuthenticatedUser, @Body() request: LinkBankAccountRequest): Promise<BankAccountResponse> {
    return toResponse(await this.commands.execute(new LinkBankAccountCommand(user.customerId, request.iban, request.holderName)));
  }

  @Get()
  @ApiOperation({ operationId: 'listBankAccounts', summary: 'Linked payout accounts, IBANs masked', description: 'Roles: `customer`.' })
  @ApiOkResponse({ type: BankAccountListResponse })
  async list(@CurrentUser() user: AuthenticatedUser): Promise<BankAccountListResponse> {
    return { items: (await this.queries.execute(new ListBankAccountsQuery(user.customerId))).map(toResponse) };
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ operationId: 'removeBankAccount', summary: 'Remove a linked payout account', description: 'Roles: `customer`.' })
  @ApiNoContentResponse()
  async remove(@CurrentUser() user: AuthenticatedUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    await this.commands.execute(new RemoveBankAccountCommand(user.customerId, id));
  }
}

function toResponse(account: BankAccount): BankAccountResponse {
  return { id: account.id, maskedIban: account.maskedIban, holderName: account.holderName, createdAt: account.createdAt };
}
