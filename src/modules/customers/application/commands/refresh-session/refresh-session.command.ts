import { Command } from '@nestjs/cqrs';
import type { SessionTokens } from '../login/login.command.js';

export class RefreshSessionCommand extends Command<SessionTokens> {
  constructor(readonly refreshToken: string) {
    super();
  }
}
