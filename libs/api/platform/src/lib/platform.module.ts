import { type DynamicModule, Global, Module } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { TypeOrmModule } from '@nestjs/typeorm';
import { existsSync } from 'node:fs';
import { LoggerModule } from 'nestjs-pino';

import type { AppConfig } from './config/app-config';
import { APP_CONFIG } from './config/app-config.token';
import { buildDataSourceOptions, type SchemaParts } from './database/data-source-options';
import { HealthController } from './health/health.controller';
import { PeriodicJobs } from './jobs/periodic-jobs';
import { buildLoggerOptions } from './logging/logger-options';
import { SiteController } from './site/site.controller';
import { CLOCK, type Clock, systemClock } from './time/clock';

export interface PlatformOptions {
  config: AppConfig;
  /** The database actually used: DATABASE_URL, or the embedded server's. */
  databaseUrl: string;
  schema: SchemaParts;
  /** Tests pass a ManualClock. */
  clock?: Clock;
}

/** Config, database, logging, health and the static portal: what every feature module stands on. */
@Global()
@Module({})
export class PlatformModule {
  static forRoot({ config, databaseUrl, schema, clock }: PlatformOptions): DynamicModule {
    const servePortal = config.portalDistDir !== null && existsSync(config.portalDistDir);
    return {
      module: PlatformModule,
      imports: [
        LoggerModule.forRoot(buildLoggerOptions(config)),
        TypeOrmModule.forRoot(buildDataSourceOptions(databaseUrl, schema, { logErrors: config.env !== 'test' })),
        ...(servePortal && config.portalDistDir
          ? [ServeStaticModule.forRoot({ rootPath: config.portalDistDir, exclude: ['/api/{*path}'] })]
          : []),
      ],
      controllers: [HealthController, SiteController],
      providers: [{ provide: APP_CONFIG, useValue: config }, { provide: CLOCK, useValue: clock ?? systemClock }, PeriodicJobs],
      exports: [APP_CONFIG, CLOCK, PeriodicJobs],
    };
  }
}
