import { join } from 'node:path';
import { register } from 'tsconfig-paths';

import tsconfig from '../../../../tsconfig.base.json';

/** Jest's global setup runs outside its module resolver: map the workspace's @urp/* paths here. */
export default async function globalSetup(): Promise<void> {
  register({ baseUrl: join(__dirname, '../../../..'), paths: tsconfig.compilerOptions.paths });
  const { prepareTestDatabase } = await import('./prepare-test-database');
  await prepareTestDatabase();
}
