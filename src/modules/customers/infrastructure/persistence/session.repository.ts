import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import dynamoose from 'dynamoose';
import type { ModelType } from 'dynamoose/dist/General.js';
import type { Item } from 'dynamoose/dist/Item.js';
import type { SessionState } from '../../../../shared/auth/index.js';
import { DynamoTables, GroupRead, isConditionFailure } from '../../../data/index.js';

export type SessionEnd = 'logout' | 'logout-all' | 'password-changed' | 'refresh-token-reused';

interface SessionRecord extends Item {
  id: string;
  customerId: string;
  startedAt: string;
  /** Unix seconds: the absolute end, fixed at sign-in; rotations never move it. */
  expiresAt: number;
  endedAt?: string;
  endedBecause?: SessionEnd;
}

export interface Session {
  id: string;
  customerId: string;
  expiresAt: number;
}

const CUSTOMER_INDEX = 'customerId-index';
const nowSeconds = () => Math.floor(Date.now() / 1000);

/** One record per sign-in (a refresh-token family): open until its absolute end or until ended. */
@Injectable()
export class SessionRepository implements SessionState {
  private readonly sessions: ModelType<SessionRecord>;
  /** Every authenticated request asks whether its session is open: concurrent ones share one consistent BatchGetItem. */
  private readonly openness: GroupRead<SessionRecord>;

  constructor(tables: DynamoTables) {
    this.sessions = tables.define<SessionRecord>(
      'sessions',
      new dynamoose.Schema(
        {
          id: { type: String, hashKey: true },
          customerId: { type: String, index: { name: CUSTOMER_INDEX, type: 'global' } },
          startedAt: String,
          expiresAt: Number,
          endedAt: String,
          endedBecause: String,
        },
        { saveUnknown: false },
      ),
    );
    this.openness = new GroupRead(this.sessions, 'id', true);
  }

  async start(customerId: string, lifetimeSeconds: number): Promise<Session> {
    const session = { id: randomUUID(), customerId, expiresAt: nowSeconds() + lifetimeSeconds };
    await this.sessions.create({ ...session, startedAt: new Date().toISOString() }, { overwrite: false });
    return session;
  }

  /** The session while it is open: not ended and before its absolute end. */
  async open(id: string): Promise<Session | undefined> {
    const record = await this.openness.get(id);
    if (!record || record.endedAt || record.expiresAt <= nowSeconds()) return undefined;
    return { id: record.id, customerId: record.customerId, expiresAt: record.expiresAt };
  }

  async isOpen(id: string): Promise<boolean> {
    return (await this.open(id)) !== undefined;
  }

  /** Ends the session (the first end wins and keeps its reason). */
  async end(id: string, because: SessionEnd): Promise<void> {
    try {
      await this.sessions.update(
        { id },
        { endedAt: new Date().toISOString(), endedBecause: because },
        { condition: new dynamoose.Condition().attribute('id').exists().and().attribute('endedAt').not().exists() },
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }

  /** Ends every open session of the customer except `keep`; answers the ids it ended. */
  async endAllOf(customerId: string, because: SessionEnd, keep?: string): Promise<string[]> {
    const records = await this.sessions.query('customerId').eq(customerId).using(CUSTOMER_INDEX).all().exec();
    const ending = records.filter((record) => record.id !== keep && !record.endedAt && record.expiresAt > nowSeconds()).map((record) => record.id);
    await Promise.all(ending.map((id) => this.end(id, because)));
    return ending;
  }
}
