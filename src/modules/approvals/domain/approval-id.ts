import { nameBasedUuid } from '../../../shared/crypto/index.js';

/** The one approval request for `action` on `subjectId` (a withdrawal, a suspense credit): asking twice gives the same request. */
export const approvalIdOf = (action: string, subjectId: string) => nameBasedUuid(`approval:${action}:${subjectId}`);
