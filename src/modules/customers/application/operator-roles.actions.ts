import { Injectable, OnModuleInit } from '@nestjs/common';
import { ConflictError, DomainError } from '../../../shared/errors/index.js';
import type { Role } from '../../../shared/auth/index.js';
import { ApprovalActions } from '../../approvals/index.js';
import { customerNotFound } from '../domain/customer.errors.js';
import { RoleGranted, RoleRevoked } from '../domain/events/operator-role.events.js';
import { CustomerRolesRepository } from '../infrastructure/persistence/customer-roles.repository.js';

export const OPERATOR_ROLES: readonly Role[] = ['admin', 'compliance', 'treasury'];

/**
 * Granting and revoking operator roles are maker-checker actions (one admin asks, another
 * approves). The change applies to the account's next login or token refresh.
 */
@Injectable()
export class OperatorRoleActions implements OnModuleInit {
  constructor(
    private readonly approvals: ApprovalActions,
    private readonly roles: CustomerRolesRepository,
  ) {}

  onModuleInit(): void {
    for (const grant of [true, false]) {
      this.approvals.register({
        action: grant ? 'operator.grant-role' : 'operator.revoke-role',
        roles: ['admin'],
        describe: ({ customerId, role }) => (grant ? `Grant the ${role} role to account ${customerId}` : `Revoke the ${role} role from account ${customerId}`),
        // Until a second admin exists nobody could approve: the first admin's grants take effect at once.
        singleStep: async () => grant && (await this.roles.operators()).filter((holder) => holder.roles.includes('admin')).length < 2,
        check: async ({ customerId, role }) => {
          const { roles: current } = await this.current(customerId, role);
          if (grant && current.includes(role as Role)) throw new ConflictError('OPERATORS.ROLE_ALREADY_HELD', `The account already holds the ${role} role.`);
          if (!grant && !current.includes(role as Role)) throw new ConflictError('OPERATORS.ROLE_NOT_HELD', `The account does not hold the ${role} role.`);
        },
        execute: async ({ customerId, role }, approvalId) => {
          const { roles: current, version } = await this.current(customerId, role);
          const has = current.includes(role as Role);
          // Executed again after a crash: the change is already there.
          if (grant === has) return { resultId: customerId };
          const next = grant ? [...current, role as Role] : current.filter((held) => held !== role);
          const event = { customerId, role, approvalId };
          await this.roles.change(customerId, version, next, [grant ? new RoleGranted(customerId, event) : new RoleRevoked(customerId, event)]);
          return { resultId: customerId };
        },
      });
    }
  }

  private async current(customerId: string, role: string): Promise<{ roles: Role[]; version: string }> {
    if (!OPERATOR_ROLES.includes(role as Role)) throw new DomainError('OPERATORS.UNKNOWN_ROLE', `role must be one of ${OPERATOR_ROLES.join(', ')}.`);
    const roles = await this.roles.rolesOf(customerId);
    if (!roles) throw customerNotFound();
    return roles;
  }
}
