import { Injectable } from '@nestjs/common';
import dynamoose from 'dynamoose';
import type { ModelType } from 'dynamoose/dist/General.js';
import type { Item } from 'dynamoose/dist/Item.js';
import { DynamoTables, stringAttributes } from '../../../data/index.js';

/**
 * How far the reconciliation sweep has read the omnibus statement: every booking up to
 * `sweptUntil` is known; a window being read (`windowFrom`..`windowTo`) resumes at `pageToken`.
 */
export interface StatementCursor {
  sweptUntil?: string;
  window?: { from: string; to: string; pageToken: string };
}

interface StatementCursorRecord extends Item {
  name: string;
  sweptUntil?: string;
  windowFrom?: string;
  windowTo?: string;
  pageToken?: string;
  updatedAt: string;
}

const OMNIBUS = 'omnibus';

@Injectable()
export class StatementCursorRepository {
  private readonly cursors: ModelType<StatementCursorRecord>;

  constructor(tables: DynamoTables) {
    this.cursors = tables.define<StatementCursorRecord>(
      'bank_statement_cursors',
      new dynamoose.Schema(
        { name: { type: String, hashKey: true }, ...stringAttributes('sweptUntil', 'windowFrom', 'windowTo', 'pageToken', 'updatedAt') },
        { saveUnknown: false },
      ),
    );
  }

  async load(): Promise<StatementCursor> {
    const record = await this.cursors.get({ name: OMNIBUS }, { consistent: true });
    if (!record) return {};
    const window = record.windowFrom && record.windowTo && record.pageToken ? { from: record.windowFrom, to: record.windowTo, pageToken: record.pageToken } : undefined;
    return { ...(record.sweptUntil ? { sweptUntil: record.sweptUntil } : {}), ...(window ? { window } : {}) };
  }

  async save(cursor: StatementCursor): Promise<void> {
    await this.cursors.update(
      { name: OMNIBUS },
      cursor.window
        ? { $SET: { ...(cursor.sweptUntil ? { sweptUntil: cursor.sweptUntil } : {}), windowFrom: cursor.window.from, windowTo: cursor.window.to, pageToken: cursor.window.pageToken, updatedAt: new Date().toISOString() } }
        : { $SET: { sweptUntil: cursor.sweptUntil, updatedAt: new Date().toISOString() }, $REMOVE: ['windowFrom', 'windowTo', 'pageToken'] },
    );
  }
}
