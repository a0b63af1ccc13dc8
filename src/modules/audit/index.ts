export { AuditModule } from './audit.module.js';
export { ListAuditEntriesQuery, VerifyAuditChainQuery, type AuditPage, type AuditVerification } from './application/queries/audit.queries.js';
export { OperatorActionRecorded, type OperatorActionPayload } from './domain/events/operator-action-recorded.event.js';
