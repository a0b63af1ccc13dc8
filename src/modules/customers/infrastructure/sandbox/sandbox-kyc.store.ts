import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import dynamoose from 'dynamoose';
import type { ModelType } from 'dynamoose/dist/General.js';
import type { Item } from 'dynamoose/dist/Item.js';
import { DynamoTables, UnitOfWork, isConditionFailure, isDataConflict, stringAttributes } from '../../../data/index.js';
import { OUTGOING_WEBHOOK_SCHEMA_FIELDS, type OutgoingWebhookRecord } from '../../../../shared/http/index.js';

export type SandboxOutcome = { outcome: 'approved' } | { outcome: 'rejected'; reason: string };

interface SandboxCheckRecord extends Item {
  /** The platform's application id: one case per application however often it is submitted. */
  applicationId: string;
  checkId: string;
  status: 'in_review' | 'approved' | 'rejected';
  plannedOutcome: string;
  plannedReason?: string;
  reason?: string;
  decideAt: number;
  /** Present ('1') while in review: a sparse index lists the cases still to decide. */
  open?: string;
  createdAt: string;
  decidedAt?: string;
}

const OPEN_INDEX = 'open-index';

/**
 * The sandbox KYC provider's own books: its cases and the webhooks it owes the platform. It keeps
 * no personal data: it decides from the document number at submission and forgets it.
 */
@Injectable()
export class SandboxKycStore {
  private readonly checks: ModelType<SandboxCheckRecord>;
  readonly webhooks: ModelType<OutgoingWebhookRecord>;

  constructor(
    tables: DynamoTables,
    private readonly unitOfWork: UnitOfWork,
  ) {
    this.checks = tables.define<SandboxCheckRecord>(
      'sandbox_kyc_checks',
      new dynamoose.Schema(
        {
          applicationId: { type: String, hashKey: true },
          ...stringAttributes('checkId', 'status', 'plannedOutcome', 'plannedReason', 'reason'),
          decideAt: Number,
          open: { type: String, index: { name: OPEN_INDEX, type: 'global' } },
          createdAt: String,
          decidedAt: String,
        },
        { saveUnknown: false },
      ),
    );
    this.webhooks = tables.define<OutgoingWebhookRecord>('sandbox_kyc_webhooks', new dynamoose.Schema(OUTGOING_WEBHOOK_SCHEMA_FIELDS, { saveUnknown: false }));
  }

  /** Opens a case once per application; a second submission returns the first case. */
  async open(applicationId: string, planned: SandboxOutcome, decideAt: number): Promise<string> {
    const checkId = `kyc_${randomUUID().replace(/-/g, '')}`;
    try {
      await this.checks.create(
        {
          applicationId,
          checkId,
          status: 'in_review',
          plannedOutcome: planned.outcome,
          ...(planned.outcome === 'rejected' ? { plannedReason: planned.reason } : {}),
          decideAt,
          open: '1',
          createdAt: new Date().toISOString(),
        },
        { overwrite: false },
      );
      return checkId;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      return (await this.checks.get({ applicationId }, { consistent: true }))!.checkId;
    }
  }

  async dueCases(now: number): Promise<{ applicationId: string; planned: SandboxOutcome }[]> {
    const open = await this.checks.query('open').eq('1').using(OPEN_INDEX).exec();
    return open
      .filter((check) => check.decideAt <= now)
      .map((check) => ({
        applicationId: check.applicationId,
        planned: check.plannedOutcome === 'rejected' ? { outcome: 'rejected', reason: check.plannedReason ?? 'REJECTED' } : { outcome: 'approved' },
      }));
  }

  /**
   * Decides a case still in review and queues its `kyc.check.completed` webhook in the same
   * transaction. Answers the webhook id, or undefined when the case was already decided or is unknown.
   */
  async decide(applicationId: string, outcome: SandboxOutcome): Promise<string | undefined> {
    const check = await this.checks.get({ applicationId }, { consistent: true });
    if (!check || check.status !== 'in_review') return undefined;
    const now = new Date().toISOString();
    const webhookId = `evt_${randomUUID().replace(/-/g, '')}`;
    const body = JSON.stringify({
      id: webhookId,
      type: 'kyc.check.completed',
      createdAt: now,
      data: { checkId: check.checkId, applicationId, outcome: outcome.outcome, ...(outcome.outcome === 'rejected' ? { reason: outcome.reason } : {}) },
    });
    try {
      await this.unitOfWork.commit([
        this.checks.transaction.update(
          { applicationId },
          {
            $SET: { status: outcome.outcome, decidedAt: now, ...(outcome.outcome === 'rejected' ? { reason: outcome.reason } : {}) },
            $REMOVE: ['open'],
          },
          { condition: new dynamoose.Condition('status').eq('in_review') },
        ),
        this.webhooks.transaction.create({ id: webhookId, body, pending: '1', attempts: 0, nextAttemptAt: 0, createdAt: now }),
      ]);
      return webhookId;
    } catch (error) {
      if (isDataConflict(error)) return undefined; // decided by a concurrent sweep or a forced decision
      throw error;
    }
  }
}
