import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // CLI tests spawn the built binary; two cores, so keep the pool small.
    pool: 'forks',
    globalSetup: ['tests/setup-build.ts'],
  },
});
