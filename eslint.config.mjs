import nx from '@nx/eslint-plugin';

// Framework packages a shared (framework-free) library must never import.
const frameworkImports = [
  '@nestjs/*',
  '@angular/*',
  'typeorm',
  'pg',
  'express',
  'rxjs',
  'passport*',
  'nodemailer'
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/out-tsc', '**/.angular', '**/test/artifacts'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
          depConstraints: [
            {
              sourceTag: 'scope:shared',
              onlyDependOnLibsWithTags: ['scope:shared'],
              bannedExternalImports: frameworkImports,
            },
            {
              sourceTag: 'scope:api',
              onlyDependOnLibsWithTags: ['scope:shared', 'scope:api'],
              bannedExternalImports: ['@angular/*'],
            },
            {
              sourceTag: 'scope:portal',
              onlyDependOnLibsWithTags: ['scope:shared', 'scope:portal'],
              bannedExternalImports: [
                '@nestjs/*',
                'typeorm',
                'pg',
                'express',
                'passport*',
                'nodemailer',
              ],
            },
            {
              sourceTag: 'scope:test',
              onlyDependOnLibsWithTags: ['scope:shared', 'scope:api', 'scope:test'],
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  }
];
