import { Global, Module } from '@nestjs/common';
import { SESSION_STATE } from '../../shared/auth/index.js';
import { SessionRepository } from './infrastructure/persistence/session.repository.js';

/** The sessions table, global because the access-token guard (shared/auth) asks it whether a token's session is still open. */
@Global()
@Module({
  providers: [SessionRepository, { provide: SESSION_STATE, useExisting: SessionRepository }],
  exports: [SessionRepository, SESSION_STATE],
})
export class SessionsModule {}
