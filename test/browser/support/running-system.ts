import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';

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
  const dataDir = await mkdtemp(join(ROOT, '.data', 'browser-'));
  const port = 43000 + Math.floor(Math.random() * 2000);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    EMBEDDED_PG_DATA_DIR: dataDir,
    EMBEDDED_PG_PORT: String(port + 10000),
    SEED_DEMO_DATA: 'true',
    NODE_ENV: 'production',
    COOKIE_SECURE: 'false',
    LOG_LEVEL: 'warn',
  };
  delete env['DATABASE_URL'];
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
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
