import { Injectable } from '@nestjs/common';
import dynamoose from 'dynamoose';
import type { Role } from '../../../../shared/auth/index.js';
import type { DomainEvent } from '../../../../shared/events/index.js';
import { UnitOfWork } from '../../../data/index.js';
import { CustomerTables } from './customer-tables.js';

export interface RoleHolder {
  id: string;
  roles: Role[];
  createdAt: string;
}

/** Operator roles on customer accounts: changed only by approved maker-checker requests. */
@Injectable()
export class CustomerRolesRepository {
  constructor(
    private readonly tables: CustomerTables,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async rolesOf(id: string): Promise<{ roles: Role[]; version: string } | undefined> {
    const record = await this.tables.customers.get({ id }, { consistent: true });
    return record ? { roles: (record.roles ?? []) as Role[], version: record.updatedAt } : undefined;
  }

  /** Replaces the roles read at `version` (the record's updatedAt); fails (conflict) if the record changed in between. */
  async change(id: string, version: string, to: Role[], events: DomainEvent[]): Promise<void> {
    await this.unitOfWork.commit(
      [
        this.tables.customers.transaction.update(
          { id },
          { roles: to, updatedAt: new Date().toISOString() },
          { condition: new dynamoose.Condition('updatedAt').eq(version) },
        ),
      ],
      events,
    );
  }

  /** Accounts holding any operator role (a scan: operators are few, and this is an admin listing). */
  async operators(): Promise<RoleHolder[]> {
    const found: RoleHolder[] = [];
    let lastKey: unknown;
    for (let page = 0; page < 50; page++) {
      let scan = this.tables.customers.scan().attributes(['id', 'roles', 'createdAt']).limit(500);
      if (lastKey) scan = scan.startAt(lastKey as never);
      const records = await scan.exec();
      for (const record of records) {
        const roles = (record.roles ?? []) as Role[];
        if (roles.some((role) => role !== 'customer')) found.push({ id: record.id, roles, createdAt: record.createdAt });
      }
      lastKey = records.lastKey;
      if (!lastKey) break;
    }
    return found;
  }
}
