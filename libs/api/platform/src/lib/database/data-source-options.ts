import type { DataSourceOptions } from 'typeorm';

/** Entity classes and migration classes of one domain, or of the whole app. */
export interface SchemaParts {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: Function[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: Function[];
}

/**
 * One place for the TypeORM options, used by the app, the migration command and the tests.
 * The schema only ever changes through migrations: synchronize stays off.
 */
export function buildDataSourceOptions(url: string, schema: SchemaParts, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: schema.entities,
    migrations: schema.migrations,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    logging: ['error'],
    // Each connection works in UTC; business rules convert to Europe/Rome explicitly.
    extra: { max: poolSize, options: '-c TimeZone=UTC' },
    applicationName: 'urp-api',
  } as DataSourceOptions;
}
