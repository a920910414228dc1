import { join } from 'node:path';
import { Client, type ClientConfig } from 'pg';

import { buildDataSourceOptions, runMigrations, startEmbeddedPostgres } from '@urp/api/platform';

import { appSchema } from '../../apps/api/src/app/app.schema';

export const BENCH_DATABASE = 'urp_bench';

/** What the generator leaves on the database (as its COMMENT), so a later run can reuse the data. */
export interface DatasetMarker {
  generator: number;
  tickets: number;
  events: number;
  generatedAt: string;
  seconds: number;
  steps: Record<string, number>;
}

export interface BenchServer {
  adminUrl: string;
  kind: 'DATABASE_URL' | 'embedded';
  stop(): Promise<void>;
}

export function urlForDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Same session settings as the app's pool: every connection works in UTC. */
export function clientConfig(url: string): ClientConfig {
  return { connectionString: url, options: '-c TimeZone=UTC', application_name: 'urp-bench' };
}

export async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client(clientConfig(url));
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * The server named by DATABASE_URL (its database is only used to connect; the bench works in
 * urp_bench), or a persistent embedded PostgreSQL in .data/bench-postgres, so the generated data
 * survives between runs either way.
 */
export async function openBenchServer(root: string, log: (message: string) => void): Promise<BenchServer> {
  const configured = process.env['DATABASE_URL'];
  if (configured) return { adminUrl: configured, kind: 'DATABASE_URL', stop: async () => undefined };
  const dataDir = process.env['BENCH_PG_DATA_DIR'] ?? join(root, '.data', 'bench-postgres');
  const port = Number(process.env['BENCH_PG_PORT'] ?? 54339);
  log(`DATABASE_URL is not set: starting embedded PostgreSQL in ${dataDir} (port ${port})`);
  const server = await startEmbeddedPostgres({ dataDir, port, durable: true });
  return { adminUrl: server.adminUrl, kind: 'embedded', stop: () => server.stop() };
}

export async function dropBenchDatabase(adminUrl: string): Promise<void> {
  await withClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${BENCH_DATABASE}" WITH (FORCE)`));
}

/** Creates urp_bench if missing and applies the app's migrations (the ones the API runs at start). */
export async function prepareBenchDatabase(adminUrl: string): Promise<{ url: string; marker: DatasetMarker | null }> {
  await withClient(adminUrl, async (c) => {
    const { rowCount } = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [BENCH_DATABASE]);
    if (!rowCount) await c.query(`CREATE DATABASE "${BENCH_DATABASE}"`);
  });
  const url = urlForDatabase(adminUrl, BENCH_DATABASE);
  await runMigrations(buildDataSourceOptions(url, appSchema));
  return { url, marker: await readMarker(adminUrl) };
}

export async function readMarker(adminUrl: string): Promise<DatasetMarker | null> {
  return withClient(adminUrl, async (c) => {
    const { rows } = await c.query<{ comment: string | null }>(
      `SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`,
      [BENCH_DATABASE],
    );
    try {
      const parsed = JSON.parse(rows[0]?.comment ?? 'null') as DatasetMarker | null;
      return parsed && typeof parsed.tickets === 'number' ? parsed : null;
    } catch {
      return null;
    }
  });
}

export async function writeMarker(url: string, marker: DatasetMarker | null): Promise<void> {
  await withClient(url, async (c) => {
    const text = marker ? `'${JSON.stringify(marker).replace(/'/g, "''")}'` : 'NULL';
    await c.query(`COMMENT ON DATABASE "${BENCH_DATABASE}" IS ${text}`);
  });
}
