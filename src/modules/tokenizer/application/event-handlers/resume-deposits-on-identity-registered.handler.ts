import { EventsHandler, IEventHandler } from '@nestjs/cqrs';
import { IdentityRegistered } from '../../../custody/index.js';
import { OpenOperationSweeper } from '../sweepers/open-operation-sweeper.js';

@EventsHandler(IdentityRegistered)
export class ResumeDepositsOnIdentityRegistered implements IEventHandler<IdentityRegistered> {
  constructor(private readonly sweeper: OpenOperationSweeper) {}
  async handle(): Promise<void> {
    await this.sweeper.sweep(true);
  }
}
