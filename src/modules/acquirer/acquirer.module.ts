import { Module } from '@nestjs/common';

/** Card top-ups through the acquirer port (adapters come with the money-in issue). */
@Module({})
export class AcquirerModule {}
