import { Command } from '@nestjs/cqrs';

export class RemoveBankAccountCommand extends Command<void> {
  constructor(
    readonly customerId: string,
    readonly bankAccountId: string,
  ) {
    super();
  }
}
