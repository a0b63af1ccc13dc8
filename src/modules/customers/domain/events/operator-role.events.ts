import { DomainEvent, EventType } from '../../../../shared/events/index.js';

interface RoleChangePayload {
  customerId: string;
  role: string;
  /** The maker-checker request that authorized the change. */
  approvalId: string;
}

@EventType('customers.role-granted')
export class RoleGranted extends DomainEvent<RoleChangePayload> {}

@EventType('customers.role-revoked')
export class RoleRevoked extends DomainEvent<RoleChangePayload> {}
