import { Controller, DefaultValuePipe, Get, ParseIntPipe, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../../shared/auth/index.js';
import { ListCustomersQuery } from '../application/queries/customer.queries.js';
import { GetCustomerWalletQuery } from '../application/queries/get-customer-wallet.query.js';
import { maskEmail, maskName, maskPhone } from '../domain/masking.js';
import { AdminCustomerPageResponse } from './admin-customers.dto.js';

@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin', 'compliance')
@Controller('v1/admin/customers')
export class AdminCustomersController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ summary: 'Customers, a page at a time, with personal data masked' })
  @ApiQuery({ name: 'limit', required: false, schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 } })
  @ApiQuery({ name: 'cursor', required: false })
  @ApiOkResponse({ type: AdminCustomerPageResponse })
  async list(
    @Query('limit', new DefaultValuePipe(20), ParseIntPipe) limit: number,
    @Query('cursor') cursor?: string,
  ): Promise<AdminCustomerPageResponse> {
    const page = await this.queries.execute(new ListCustomersQuery(Math.min(Math.max(limit, 1), 100), cursor));
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
}
