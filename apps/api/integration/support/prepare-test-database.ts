import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';

import { buildDataSourceOptions, runMigrations, startEmbeddedPostgres } from '@urp/api/platform';

import { appSchema } from '../../src/app/app.schema';
import { TEST_ENV, urlForDatabase, withAdminClient } from './test-database';

declare global {
  var __URP_TEST_TEARDOWN__: (() => Promise<void>) | undefined;
}

/**
 * Uses the PostgreSQL named by DATABASE_URL (its server, not its database) or starts a throwaway
 * embedded one; then migrates a template database that each test file clones.
 */
export async function prepareTestDatabase(): Promise<void> {
  const runId = `${process.pid}_${randomBytes(3).toString('hex')}`;
  let adminUrl: string;
  let stopServer = async () => undefined as void;
  if (process.env['DATABASE_URL']) {
    adminUrl = process.env['DATABASE_URL'];
  } else {
    const dataDir = join(__dirname, '../../../../.data', `test-postgres-${runId}`);
    const port = 55000 + Math.floor(Math.random() * 5000);
    const server = await startEmbeddedPostgres({ dataDir, port, durable: false });
    adminUrl = server.adminUrl;
    stopServer = async () => {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    };
  }
  const template = `urp_test_${runId}`;
  await withAdminClient(adminUrl, (c) => c.query(`CREATE DATABASE "${template}"`));
  await runMigrations(buildDataSourceOptions(urlForDatabase(adminUrl, template), appSchema));

  process.env[TEST_ENV.adminUrl] = adminUrl;
  process.env[TEST_ENV.template] = template;
  globalThis.__URP_TEST_TEARDOWN__ = async () => {
    await withAdminClient(adminUrl, async (c) => {
      const { rows } = await c.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [
        `${template}%`,
      ]);
      for (const { datname } of rows) await c.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    });
    await stopServer();
  };
}
