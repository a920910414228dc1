/** Child-process entry of the benchmark: starts the API and reports its address to the parent. */
import 'reflect-metadata';

import { startNestApp } from './lib/app';

async function main(): Promise<void> {
  const env = JSON.parse(process.env['BENCH_APP_ENV'] ?? '{}') as Record<string, string>;
  const { app, baseUrl } = await startNestApp(env);
  const stop = async () => {
    await app.close();
    process.exit(0);
  };
  process.on('message', (message) => {
    if (message === 'stop') void stop();
  });
  process.on('disconnect', () => void stop());
  process.send?.({ baseUrl });
}

main().catch((error: unknown) => {
  process.send?.({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  process.exit(1);
});
