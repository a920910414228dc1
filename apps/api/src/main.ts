import 'reflect-metadata';
// TypeORM loads the driver dynamically; naming it here puts it in the build's package.json.
import 'pg';

import { ConfigError, loadAppConfig } from '@urp/api/platform';

import { createAdmin } from './commands/create-admin.command';
import { migrate } from './commands/migrate.command';
import { serve } from './commands/serve.command';

const commands: Record<string, (argv: string[]) => Promise<void>> = {
  serve: () => serve(loadAppConfig(process.env)),
  migrate: () => migrate(loadAppConfig(process.env)),
  'create-admin': (argv) => createAdmin(loadAppConfig(process.env), argv),
};

async function main(): Promise<void> {
  const [name = 'serve', ...argv] = process.argv.slice(2);
  const command = commands[name];
  if (!command) {
    throw new Error(`Unknown command "${name}". Commands: ${Object.keys(commands).join(', ')}`);
  }
  await command(argv);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
  process.exit(1);
});
