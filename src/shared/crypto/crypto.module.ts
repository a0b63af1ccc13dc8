import { Global, Module } from '@nestjs/common';
import { ConfigModule, ConfigType } from '@nestjs/config';
import { EnvelopeCipher } from './envelope-cipher.js';
import { keysConfig } from './keys.config.js';
import { masterKeyProvider } from './master-key-provider.js';

@Global()
@Module({
  imports: [ConfigModule.forFeature(keysConfig)],
  providers: [
    {
      provide: EnvelopeCipher,
      inject: [keysConfig.KEY],
      useFactory: async (config: ConfigType<typeof keysConfig>) => new EnvelopeCipher(await masterKeyProvider(config).load()),
    },
  ],
  exports: [EnvelopeCipher],
})
export class CryptoModule {}
