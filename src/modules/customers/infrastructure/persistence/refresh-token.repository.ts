import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import dynamoose from 'dynamoose';
import type { ModelType } from 'dynamoose/dist/General.js';
import type { Item } from 'dynamoose/dist/Item.js';
import { DynamoTables, isConditionFailure } from '../../../data/index.js';
import { type Session, SessionRepository } from './session.repository.js';

interface RefreshTokenRecord extends Item {
  id: string;
  familyId: string;
  customerId: string;
  secretHash: string;
  expiresAt: number;
  usedAt?: string;
}

export type RefreshOutcome = { customerId: string; session: Session } | { reused: true } | undefined;

/**
 * Opaque refresh tokens `<id>.<secret>`, stored as a hash; a token's family is its session. Each
 * is good for one rotation and never outlives its session; a token presented a second time means
 * it leaked, so its session ends.
 */
@Injectable()
export class RefreshTokenRepository {
  private readonly tokens: ModelType<RefreshTokenRecord>;

  constructor(
    tables: DynamoTables,
    private readonly sessions: SessionRepository,
  ) {
    this.tokens = tables.define<RefreshTokenRecord>(
      'refresh_tokens',
      new dynamoose.Schema(
        { id: { type: String, hashKey: true }, familyId: String, customerId: String, secretHash: String, expiresAt: Number, usedAt: String },
        { saveUnknown: false },
      ),
    );
  }

  async issue(session: Session, ttlSeconds: number): Promise<string> {
    const id = randomUUID();
    const secret = randomBytes(32).toString('base64url');
    await this.tokens.create({
      id,
      familyId: session.id,
      customerId: session.customerId,
      secretHash: hash(secret),
      expiresAt: Math.min(Math.floor(Date.now() / 1000) + ttlSeconds, session.expiresAt),
    });
    return `${id}.${secret}`;
  }

  /** Marks the token used, atomically; tells whether it was valid (its session open), unknown, or a reuse. */
  async consume(token: string): Promise<RefreshOutcome> {
    const record = await this.find(token);
    if (!record) return undefined;
    const session = await this.sessions.open(record.familyId);
    if (!session || record.expiresAt < Math.floor(Date.now() / 1000)) return undefined;
    try {
      await this.tokens.update(
        { id: record.id },
        { usedAt: new Date().toISOString() },
        { condition: new dynamoose.Condition().attribute('usedAt').not().exists() },
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      await this.sessions.end(record.familyId, 'refresh-token-reused');
      return { reused: true };
    }
    return { customerId: record.customerId, session };
  }

  private async find(token: string): Promise<RefreshTokenRecord | undefined> {
    const [id, secret] = token.split('.');
    if (!id || !secret || !/^[0-9a-f-]{36}$/.test(id)) return undefined;
    const record = await this.tokens.get({ id });
    return record && safeEqual(record.secretHash, hash(secret)) ? record : undefined;
  }
}

function hash(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

function safeEqual(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}
