import { Injectable } from '@nestjs/common';
import dynamoose from 'dynamoose';
import type { ModelType } from 'dynamoose/dist/General.js';
import type { Item } from 'dynamoose/dist/Item.js';
import { DynamoTables, type WriteItem } from '../../../data/index.js';
import type { Approval, ApprovalStatus } from '../../domain/approval.js';

interface ApprovalRecord extends Item {
  id: string;
  action: string;
  params: string;
  status: ApprovalStatus;
  requestedBy: string;
  requesterRoles: string;
  reason?: string;
  createdAt: string;
  expiresAt: string;
  decidedBy?: string;
  decidedAt?: string;
  decisionReason?: string;
  resultId?: string;
  failureCode?: string;
}

const STATUS_INDEX = 'status-created-index';

const schema = new dynamoose.Schema(
  {
    id: { type: String, hashKey: true },
    action: String,
    params: String,
    status: { type: String, index: { name: STATUS_INDEX, type: 'global', rangeKey: 'createdAt' } },
    requestedBy: String,
    requesterRoles: String,
    reason: String,
    createdAt: String,
    expiresAt: String,
    decidedBy: String,
    decidedAt: String,
    decisionReason: String,
    resultId: String,
    failureCode: String,
  },
  { saveUnknown: false },
);

@Injectable()
export class ApprovalRepository {
  private readonly model: ModelType<ApprovalRecord>;

  constructor(tables: DynamoTables) {
    this.model = tables.define<ApprovalRecord>('approvals', schema);
  }

  async find(id: string): Promise<Approval | undefined> {
    const record = await this.model.get({ id }, { consistent: true });
    return record ? toApproval(record) : undefined;
  }

  /** Newest first. */
  async byStatus(status: ApprovalStatus, limit: number): Promise<Approval[]> {
    const records = await this.model.query('status').eq(status).using(STATUS_INDEX).sort('descending').limit(limit).exec();
    return records.map(toApproval);
  }

  create(approval: Approval): WriteItem {
    return this.model.transaction.create(toRecord(approval), { overwrite: false });
  }

  /** Moves the request on from `from`; the transaction fails if someone else moved it first. */
  transition(id: string, from: ApprovalStatus, changes: Partial<Approval>): WriteItem {
    const { params: _params, requesterRoles: _roles, ...rest } = changes;
    return this.model.transaction.update({ id }, rest as Partial<ApprovalRecord>, { condition: new dynamoose.Condition('status').eq(from) });
  }
}

function toRecord(approval: Approval): Partial<ApprovalRecord> {
  return Object.fromEntries(
    Object.entries({ ...approval, params: JSON.stringify(approval.params), requesterRoles: approval.requesterRoles.join(',') }).filter(([, value]) => value !== undefined),
  ) as Partial<ApprovalRecord>;
}

function toApproval(record: ApprovalRecord): Approval {
  const optional = (['reason', 'decidedBy', 'decidedAt', 'decisionReason', 'resultId', 'failureCode'] as const).filter((field) => record[field] !== undefined);
  return {
    id: record.id,
    action: record.action,
    params: JSON.parse(record.params) as Record<string, string>,
    status: record.status,
    requestedBy: record.requestedBy,
    requesterRoles: record.requesterRoles ? record.requesterRoles.split(',') : [],
    createdAt: record.createdAt,
    expiresAt: record.expiresAt,
    ...Object.fromEntries(optional.map((field) => [field, record[field]])),
  };
}
