import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Client } from 'pg';

export const ROOT = resolve(__dirname, '../../..');

export interface RunningSystem {
  baseUrl: string;
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts the production build (`node dist/apps/api/main.js`, serving the built portal) exactly as
 * `npm start` does, on its own port and its own embedded PostgreSQL with demo data, unless
 * DATABASE_URL names a server (then a fresh database on it).
 */
export async function startSystem(): Promise<RunningSystem> {
  const main = join(ROOT, 'dist/apps/api/main.js');
  const portal = join(ROOT, 'dist/apps/portal/browser/index.html');
  for (const file of [main, portal]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: build first (npx nx run-many -t build -p api portal)`);
  }
  const port = 43000 + Math.floor(Math.random() * 2000);
  const database = await freshDatabase(port);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    SEED_DEMO_DATA: 'true',
    NODE_ENV: 'production',
    COOKIE_SECURE: 'false',
    LOG_LEVEL: 'warn',
  };
  delete env['DATABASE_URL'];
  Object.assign(env, database.env);
  let output = '';
  const child: ChildProcess = spawn(process.execPath, [main], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));

  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The API exited during start-up:\n${output}`);
    const ok = await fetch(`${baseUrl}/api/health`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The API did not answer /api/health within 60 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    baseUrl,
    output: () => output,
    stop: async () => {
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
      await database.drop();
    },
  };
}

/**
 * The embedded PostgreSQL in a throwaway folder (as `npm start` on a fresh machine), or, when
 * DATABASE_URL names a server, a throwaway database on it.
 */
async function freshDatabase(port: number): Promise<{ env: NodeJS.ProcessEnv; drop(): Promise<void> }> {
  const serverUrl = process.env['DATABASE_URL'];
  if (!serverUrl) {
    const dataDir = await mkdtemp(join(ROOT, '.data', 'browser-'));
    return {
      env: { EMBEDDED_PG_DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(port + 10000) },
      drop: () => rm(dataDir, { recursive: true, force: true }),
    };
  }
  const name = `urp_browser_${process.pid}_${port}`;
  const admin = async (sql: string) => {
    const client = new Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}
