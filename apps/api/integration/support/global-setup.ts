import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { register } from 'tsconfig-paths';

/** Jest's global setup runs outside its module resolver: map the workspace's @urp/* paths here. */
export default async function globalSetup(): Promise<void> {
  const root = join(__dirname, '../../../..');
  const tsconfig = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8')) as {
    compilerOptions: { paths: Record<string, string[]> };
  };
  register({ baseUrl: root, paths: tsconfig.compilerOptions.paths });
  const { prepareTestDatabase } = await import('./prepare-test-database');
  await prepareTestDatabase();
}
