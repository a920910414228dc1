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
export function buildDataSourceOptions(
  url: string,
  schema: SchemaParts,
  options: { poolSize?: number; logErrors?: boolean } = {},
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: schema.entities,
    migrations: schema.migrations,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    // Failed queries surface as exceptions with context; logging them too is for development.
    logging: options.logErrors === false ? false : ['error'],
    // Each connection works in UTC; business rules convert to Europe/Rome explicitly.
    extra: { max: options.poolSize ?? 10, options: '-c TimeZone=UTC' },
    applicationName: 'urp-api',
  } as DataSourceOptions;
}
