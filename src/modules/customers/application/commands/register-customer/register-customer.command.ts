import { Command } from '@nestjs/cqrs';

export interface RegisterCustomerInput {
  email: string;
  password: string;
  fullName: string;
  phone: string;
  roles?: ('customer' | 'admin' | 'compliance' | 'treasury')[];
}

export class RegisterCustomerCommand extends Command<{ customerId: string }> {
  constructor(readonly input: RegisterCustomerInput) {
    super();
  }
}
