import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { CommandBus } from '@nestjs/cqrs';
import { ConflictError } from '../../../shared/errors/index.js';
import { customersConfig } from '../customers.config.js';
import { RegisterCustomerCommand } from './commands/register-customer/register-customer.command.js';

/** Creates the first administrator from ADMIN_EMAIL / ADMIN_PASSWORD, once; there is no default password. */
@Injectable()
export class FirstAdmin implements OnApplicationBootstrap {
  private readonly logger = new Logger(FirstAdmin.name);

  constructor(
    private readonly commands: CommandBus,
    @Inject(customersConfig.KEY) private readonly config: ConfigType<typeof customersConfig>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { ADMIN_EMAIL: email, ADMIN_PASSWORD: password } = this.config;
    if (!email || !password) return;
    try {
      await this.commands.execute(
        new RegisterCustomerCommand({ email, password, fullName: 'Platform administrator', phone: '+10000000000', roles: ['admin'] }),
      );
      this.logger.log('first administrator created');
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
    }
  }
}
