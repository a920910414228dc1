import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** Set by the global setup for every test worker. */
export const TEST_ENV = {
  adminUrl: 'URP_TEST_ADMIN_URL',
  template: 'URP_TEST_TEMPLATE_DB',
} as const;

export function urlForDatabase(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withAdminClient<T>(adminUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A fresh database cloned from the migrated template: real PostgreSQL, isolated per test file,
 * and much faster than running the migrations again.
 */
export async function createTestDatabase(): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  const adminUrl = requireEnv(TEST_ENV.adminUrl);
  const template = requireEnv(TEST_ENV.template);
  const name = `${template}_${randomBytes(4).toString('hex')}`;
  await withAdminClient(adminUrl, (c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  return {
    name,
    url: urlForDatabase(adminUrl, name),
    drop: () => withAdminClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run integration tests through their jest config (global setup)`);
  return value;
}
