import { buildDataSourceOptions, type AppConfig, runMigrations, startEmbeddedPostgres, ensureDatabase } from '@urp/api/platform';

import { appSchema } from '../app/app.schema';

export interface Database {
  url: string;
  /** Stops the embedded server; a no-op for a configured DATABASE_URL. */
  stop(): Promise<void>;
}

const EMBEDDED_DATABASE = 'urp';

/** DATABASE_URL when set; otherwise the embedded PostgreSQL, started here. Migrations applied either way. */
export async function openDatabase(config: AppConfig, log: (message: string) => void): Promise<Database> {
  let database: Database;
  if (config.databaseUrl) {
    database = { url: config.databaseUrl, stop: async () => undefined };
  } else {
    log(`DATABASE_URL is not set: starting embedded PostgreSQL (data in ${config.embeddedPostgres.dataDir})`);
    const server = await startEmbeddedPostgres({ ...config.embeddedPostgres });
    await ensureDatabase(server.adminUrl, EMBEDDED_DATABASE);
    database = { url: server.urlFor(EMBEDDED_DATABASE), stop: () => server.stop() };
  }
  try {
    const applied = await runMigrations(buildDataSourceOptions(database.url, appSchema));
    if (applied.length > 0) log(`Applied migrations: ${applied.join(', ')}`);
  } catch (error) {
    await database.stop();
    throw error;
  }
  return database;
}
