import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import dynamoose from 'dynamoose';
import type { ModelType } from 'dynamoose/dist/General.js';
import type { Item } from 'dynamoose/dist/Item.js';
import { DynamoTables, isConditionFailure } from '../../../data/index.js';

interface RefreshTokenRecord extends Item {
  id: string;
  familyId: string;
  customerId: string;
  secretHash: string;
  expiresAt: number;
  usedAt?: string;
}

interface RevokedFamilyRecord extends Item {
  familyId: string;
  revokedAt: string;
}

export type RefreshOutcome = { customerId: string; familyId: string } | { reused: true } | undefined;

/**
 * Opaque refresh tokens `<id>.<secret>`, stored as a hash. Each is good for one rotation; a token
 * presented a second time means it leaked, so its whole family is revoked.
 */
@Injectable()
export class RefreshTokenRepository {
  private readonly tokens: ModelType<RefreshTokenRecord>;
  private readonly revokedFamilies: ModelType<RevokedFamilyRecord>;

  constructor(tables: DynamoTables) {
    this.tokens = tables.define<RefreshTokenRecord>(
      'refresh_tokens',
      new dynamoose.Schema(
        { id: { type: String, hashKey: true }, familyId: String, customerId: String, secretHash: String, expiresAt: Number, usedAt: String },
        { saveUnknown: false },
      ),
    );
    this.revokedFamilies = tables.define<RevokedFamilyRecord>(
      'refresh_token_revoked_families',
      new dynamoose.Schema({ familyId: { type: String, hashKey: true }, revokedAt: String }, { saveUnknown: false }),
    );
  }

  async issue(customerId: string, ttlSeconds: number, familyId: string = randomUUID()): Promise<string> {
    const id = randomUUID();
    const secret = randomBytes(32).toString('base64url');
    await this.tokens.create({
      id,
      familyId,
      customerId,
      secretHash: hash(secret),
      expiresAt: Math.floor(Date.now() / 1000) + ttlSeconds,
    });
    return `${id}.${secret}`;
  }

  /** Marks the token used, atomically; tells whether it was valid, unknown, or a reuse. */
  async consume(token: string): Promise<RefreshOutcome> {
    const [id, secret] = token.split('.');
    if (!id || !secret || !/^[0-9a-f-]{36}$/.test(id)) return undefined;
    const record = await this.tokens.get({ id });
    if (!record || !safeEqual(record.secretHash, hash(secret))) return undefined;
    if (await this.revokedFamilies.get({ familyId: record.familyId })) return undefined;
    if (record.expiresAt < Math.floor(Date.now() / 1000)) return undefined;
    try {
      await this.tokens.update(
        { id },
        { usedAt: new Date().toISOString() },
        { condition: new dynamoose.Condition().attribute('usedAt').not().exists() },
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      await this.revokedFamilies.create({ familyId: record.familyId, revokedAt: new Date().toISOString() }, { overwrite: true });
      return { reused: true };
    }
    return { customerId: record.customerId, familyId: record.familyId };
  }
}

function hash(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

function safeEqual(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}
