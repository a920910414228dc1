/** Type-aware rules for server and shared code (not the portal, whose lint stays fast). */
export const serverRules = [
  {
    // Server code: a forgotten await loses errors and breaks transactions; switch exhaustiveness
    // keeps new enum members (ticket kinds, statuses) from being silently ignored.
    files: ['**/*.ts'],
    ignores: ['**/*.spec.ts', '**/jest.config.*'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
    },
  }
];
