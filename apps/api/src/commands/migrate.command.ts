import type { AppConfig } from '@urp/api/platform';

import { openDatabase } from './database';

export async function migrate(config: AppConfig): Promise<void> {
  const database = await openDatabase(config, (message) => console.log(message));
  console.log('Database schema is up to date.');
  await database.stop();
}
