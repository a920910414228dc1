import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { fork } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

import { configureHttpApp, loadAppConfig } from '@urp/api/platform';

import { AppModule } from '../../apps/api/src/app/app.module';

export type AppMode = 'child' | 'in-process';

export interface RunningApp {
  mode: AppMode;
  baseUrl: string;
  /** The API's process id when it runs as a child; null in-process. */
  pid: number | null;
  /** Settings the app was started with (for the report). */
  env: Record<string, string>;
  close(): Promise<void>;
}

/** Production settings, except: no background jobs, a filing limit the benchmark cannot hit, no portal. */
export function benchAppEnv(databaseUrl: string, logLevel: string, trustProxy: boolean): Record<string, string> {
  return {
    TRUST_PROXY: String(trustProxy),
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: logLevel,
    JOBS_ENABLED: 'false',
    INTAKE_PER_HOUR_PER_IP: '100000',
    PORTAL_DIST_DIR: '/nonexistent',
    SEED_DEMO_DATA: 'false',
  };
}

/** The whole API, wired as `serve` wires it (AppModule + configureHttpApp), on a random loopback port. */
export async function startNestApp(env: Record<string, string>): Promise<{ app: INestApplication; baseUrl: string }> {
  const config = loadAppConfig(env);
  const app = await NestFactory.create(AppModule.register(config, env['DATABASE_URL'] ?? ''), {
    logger: env['LOG_LEVEL'] === 'silent' ? false : ['error', 'warn'],
    bufferLogs: true,
  });
  configureHttpApp(app, config);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return { app, baseUrl: `http://127.0.0.1:${port}` };
}

export async function startApp(mode: AppMode, databaseUrl: string, trustProxy = false): Promise<RunningApp> {
  if (mode === 'in-process') {
    // Same event loop as the load generator: quieter logs, and numbers include the client's CPU.
    const env = benchAppEnv(databaseUrl, 'silent', trustProxy);
    const { app, baseUrl } = await startNestApp(env);
    return { mode, baseUrl, pid: null, env, close: () => app.close() };
  }
  // A separate Node process (its own event loop, as in production), running the same TypeScript
  // through @swc-node/register; request logs are written at info level and discarded.
  const env = benchAppEnv(databaseUrl, 'info', trustProxy);
  const child = fork(join(__dirname, '..', 'server.ts'), [], {
    execArgv: ['-r', '@swc-node/register', ...(process.env['BENCH_APP_NODE_ARGS']?.split(' ').filter(Boolean) ?? [])],
    env: { ...process.env, BENCH_APP_ENV: JSON.stringify(env) },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const baseUrl = await new Promise<string>((resolve, reject) => {
    child.once('message', (message: { baseUrl?: string; error?: string }) =>
      message.baseUrl ? resolve(message.baseUrl) : reject(new Error(message.error ?? 'app did not start')),
    );
    child.once('exit', (code) => reject(new Error(`app process exited with code ${code}`)));
  });
  return {
    mode,
    baseUrl,
    pid: child.pid ?? null,
    env,
    close: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.send('stop');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
