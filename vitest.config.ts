import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Native SQLite handles do not cross worker threads well; forks keep each file isolated.
    pool: 'forks',
    testTimeout: 30_000,
  },
});
