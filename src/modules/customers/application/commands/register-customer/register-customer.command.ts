import { Command } from '@nestjs/cqrs';
import type { SessionTokens } from '../login/login.command.js';

export interface RegisterCustomerInput {
  email: string;
  password: string;
  fullName: string;
  phone: string;
  roles?: ('customer' | 'admin' | 'compliance' | 'treasury')[];
  /** Also start a session for the new account (sign-up signs in: the password is hashed once, not hashed and verified again). */
  signIn?: boolean;
}

export interface RegisteredCustomer {
  customerId: string;
  /** Present when the command asked to sign in. */
  session?: SessionTokens;
}

export class RegisterCustomerCommand extends Command<RegisteredCustomer> {
  constructor(readonly input: RegisterCustomerInput) {
    super();
  }
}
