/* Integration tier: the whole Nest app over HTTP against a real PostgreSQL (a database per test file). */
module.exports = {
  displayName: 'api-integration',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.integration.json' }],
  },
  moduleFileExtensions: ['ts', 'js'],
  testMatch: ['<rootDir>/integration/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/integration/support/global-setup.ts',
  globalTeardown: '<rootDir>/integration/support/global-teardown.ts',
  testTimeout: 30000,
  maxWorkers: 2,
};
