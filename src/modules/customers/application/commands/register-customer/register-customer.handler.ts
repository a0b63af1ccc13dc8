import { randomBytes, randomUUID } from 'node:crypto';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import * as argon2 from 'argon2';
import { generate as generateCreditorReference } from 'node-iso11649';
import { isDataConflict } from '../../../../data/index.js';
import { normalizeEmail, normalizePhone } from '../../../domain/customer.js';
import { CustomerRegistered } from '../../../domain/events/customer-registered.event.js';
import { CustomerRepository } from '../../../infrastructure/persistence/customer.repository.js';
import { RegisterCustomerCommand, type RegisteredCustomer } from './register-customer.command.js';
import { SessionIssuer } from '../../session-issuer.js';

/** argon2id with OWASP's recommended minimum (19 MiB, 2 passes). */
export const PASSWORD_HASH_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

@CommandHandler(RegisterCustomerCommand)
export class RegisterCustomerHandler implements ICommandHandler<RegisterCustomerCommand> {
  constructor(
    private readonly customers: CustomerRepository,
    private readonly sessions: SessionIssuer,
  ) {}

  async execute({ input }: RegisterCustomerCommand): Promise<RegisteredCustomer> {
    const customerId = randomUUID();
    const roles = input.roles ?? ['customer'];
    const passwordHash = await argon2.hash(input.password, PASSWORD_HASH_OPTIONS);
    for (let attempt = 0; ; attempt++) {
      try {
        await this.customers.create(
          {
            id: customerId,
            email: normalizeEmail(input.email),
            fullName: input.fullName.trim(),
            phone: normalizePhone(input.phone),
            kycStatus: 'none',
            depositReference: newDepositReference(),
            roles,
            passwordHash,
          },
          [new CustomerRegistered(customerId, { customerId })],
        );
        break;
      } catch (error) {
        // Only a clash of the random deposit reference gets here: draw another.
        if (isDataConflict(error) && attempt < 3) continue;
        throw error;
      }
    }
    // Once the account exists: a failure signing in must not send the loop above to create it again.
    return input.signIn ? { customerId, session: await this.sessions.signIn(customerId, roles) } : { customerId };
  }
}

/** ISO 11649 structured creditor reference (RFxx + 12 random base-32 characters), quoted by the customer on SEPA transfers. */
function newDepositReference(): string {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  const body = Array.from(randomBytes(12), (byte) => alphabet[byte % 32]).join('');
  return generateCreditorReference({ reference: body });
}
