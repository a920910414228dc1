import { type DynamicModule, Module } from '@nestjs/common';

import { AuthModule } from '@urp/api/auth';
import { DirectoryModule } from '@urp/api/directory';
import { MailModule } from '@urp/api/mail';
import { type AppConfig, type Clock, PlatformModule } from '@urp/api/platform';
import { TicketsModule } from '@urp/api/tickets';

import { appSchema } from './app.schema';

/** Composition root: wires the platform and every domain module, nothing else. */
@Module({})
export class AppModule {
  static register(config: AppConfig, databaseUrl: string, clock?: Clock): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({ config, databaseUrl, schema: appSchema, clock }),
        DirectoryModule,
        AuthModule,
        MailModule,
        TicketsModule,
      ],
    };
  }
}
