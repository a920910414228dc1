import { NestFactory } from '@nestjs/core';
import { existsSync } from 'node:fs';
import type { NestExpressApplication } from '@nestjs/platform-express';

import { type AppConfig, configureHttpApp } from '@urp/api/platform';

import { AppModule } from '../app/app.module';
import { seedDemoData } from '../demo/seed-demo-data';
import { openDatabase } from './database';

export async function serve(config: AppConfig): Promise<void> {
  const started = Date.now();
  const log = (message: string) => console.log(message);
  const database = await openDatabase(config, log);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config, database.url), {
    bufferLogs: true,
  });
  configureHttpApp(app, config);
  if (config.seedDemoData) {
    log(await seedDemoData(app));
  }
  await app.listen(config.port);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal} received: stopping`);
    await app.close();
    await database.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  const portal = config.portalDistDir && existsSync(config.portalDistDir) ? 'the portal and ' : '';
  log(
    `URP front office serving ${portal}the API on http://localhost:${config.port} ` +
      `(docs: /api/docs) — ready in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}
