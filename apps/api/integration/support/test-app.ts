import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { AddressInfo } from 'node:net';

import { type AppConfig, configureHttpApp, loadAppConfig, ManualClock } from '@urp/api/platform';

import { AppModule } from '../../src/app/app.module';
import { HttpClient } from './http-client';
import { createTestDatabase } from './test-database';

export interface TestApp {
  app: INestApplication;
  baseUrl: string;
  databaseUrl: string;
  config: AppConfig;
  /** The app's clock; tests move it to reach deadlines. */
  clock: ManualClock;
  /** A client without cookies; `client()` gives a fresh one. */
  http: HttpClient;
  client(): HttpClient;
  close(): Promise<void>;
}

/**
 * Boots the whole API, configured exactly as in production, on a random port against a fresh
 * database cloned from the migrated template (or against `databaseUrl`, to run a second instance).
 */
export async function startTestApp(
  options: { env?: Record<string, string>; databaseUrl?: string; clock?: ManualClock } = {},
): Promise<TestApp> {
  const database = options.databaseUrl ? null : await createTestDatabase();
  const databaseUrl = options.databaseUrl ?? database?.url ?? '';
  const config = loadAppConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', PORTAL_DIST_DIR: '/nonexistent', ...options.env });
  const clock = options.clock ?? new ManualClock();
  const app = await NestFactory.create(AppModule.register(config, databaseUrl, clock), { logger: false, bufferLogs: true });
  configureHttpApp(app, config);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    app,
    baseUrl,
    databaseUrl,
    config,
    clock,
    http: new HttpClient(baseUrl),
    client: () => new HttpClient(baseUrl),
    close: async () => {
      await app.close();
      await database?.drop();
    },
  };
}
