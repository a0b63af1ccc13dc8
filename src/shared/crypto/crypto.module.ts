import { Global, Module } from '@nestjs/common';
import { ConfigModule, ConfigType } from '@nestjs/config';
import { appConfig } from '../config/app.config.js';
import { configuredOrGeneratedSecret } from '../config/secrets.js';
import { EnvelopeCipher } from './envelope-cipher.js';

@Global()
@Module({
  imports: [ConfigModule.forFeature(appConfig)],
  providers: [
    {
      provide: EnvelopeCipher,
      inject: [appConfig.KEY],
      useFactory: (config: ConfigType<typeof appConfig>) =>
        new EnvelopeCipher(configuredOrGeneratedSecret(config.DATA_DIR, 'master.key', config.MASTER_KEY)),
    },
  ],
  exports: [EnvelopeCipher],
})
export class CryptoModule {}
