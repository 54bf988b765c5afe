import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Native SQLite handles do not cross worker threads well: processes, not threads.
    pool: 'forks',
    // Each fork runs its files one after another in one process, sharing the loaded app modules: every file
    // used to load the app (zod schemas, i18n catalogues) anew, about 110 s of the suite on two cores. Tests
    // keep their state in their own temporary folders, so nothing they leave behind reaches the next file.
    isolate: false,
    testTimeout: 30_000,
  },
});
