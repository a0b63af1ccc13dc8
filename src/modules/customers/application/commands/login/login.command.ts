import { Command } from '@nestjs/cqrs';

export interface SessionTokens {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  tokenType: 'Bearer';
}

export class LoginCommand extends Command<SessionTokens> {
  constructor(
    readonly email: string,
    readonly password: string,
  ) {
    super();
  }
}
