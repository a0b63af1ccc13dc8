import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../../shared/auth/index.js';
import { type CustomerPage, ListCustomersQuery } from '../application/queries/list-customers/list-customers.query.js';
import { FindCustomerByContactQuery } from '../application/queries/find-customer-by-contact/find-customer-by-contact.query.js';
import { GetCustomerQuery } from '../application/queries/get-customer/get-customer.query.js';
import { ApiProblems } from '../../../shared/http/index.js';
import { GetCustomerWalletQuery } from '../application/queries/get-customer-wallet/get-customer-wallet.query.js';
import { maskEmail, maskName, maskPhone } from '../domain/masking.js';
import { AdminCustomerListQuery, AdminCustomerPageResponse } from './admin-customers.dto.js';

@ApiTags('admin: customers')
@ApiBearerAuth()
@Roles('admin', 'compliance')
@Controller('v1/admin/customers')
export class AdminCustomersController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({
    operationId: 'listCustomers',
    summary: 'Customers, a page at a time, or the one with an e-mail or phone',
    description:
      'Roles: `admin`, `compliance`. Personal data masked. `email` or `phone` finds the account through the blind index (exact match, case-insensitive e-mail); operator-only accounts are not listed as customers.',
  })
  @ApiOkResponse({ type: AdminCustomerPageResponse })
  @ApiProblems({ 400: ['REQUEST.INVALID'], 401: ['AUTH.UNAUTHENTICATED', 'AUTH.INVALID_TOKEN'], 403: ['AUTH.FORBIDDEN'] })
  async list(@Query() query: AdminCustomerListQuery): Promise<AdminCustomerPageResponse> {
    const page = query.email || query.phone ? await this.findOne(query) : await this.queries.execute(new ListCustomersQuery(query.limit ?? 20, query.cursor));
    const wallets = await Promise.all(page.items.map((customer) => this.queries.execute(new GetCustomerWalletQuery(customer.id))));
    return {
      items: page.items.map((customer, index) => ({
        id: customer.id,
        email: maskEmail(customer.email),
        fullName: maskName(customer.fullName),
        phone: maskPhone(customer.phone),
        kycStatus: customer.kycStatus,
        roles: customer.roles,
        ...(wallets[index] ? { walletAddress: wallets[index].address, walletStatus: wallets[index].status } : {}),
        createdAt: customer.createdAt,
      })),
      ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
    };
  }

  private async findOne(query: AdminCustomerListQuery): Promise<CustomerPage> {
    const contact = query.email ? { email: query.email } : { phone: query.phone as string };
    const id = await this.queries.execute(new FindCustomerByContactQuery(contact));
    const customer = id ? await this.queries.execute(new GetCustomerQuery(id)) : undefined;
    return { items: customer ? [customer] : [] };
  }
}
