/* Browser tier: the production build of API + portal, driven in Debian's Chromium by playwright-core. */
module.exports = {
  displayName: 'browser',
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
  },
  moduleFileExtensions: ['ts', 'js'],
  testMatch: ['<rootDir>/**/*.browser-spec.ts'],
  testTimeout: 60000,
  maxWorkers: 1,
};
