import { defineConfig } from 'vitest/config';

// CI asks for a JSON report as well (VITEST_JSON=path) to print `N passed, N failed`.
const json = process.env.VITEST_JSON;

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'threads',
    // Temporary files of the tests go in one folder that is removed after the run.
    globalSetup: ['test/global-setup.ts'],
    reporters: json ? ['default', 'json'] : ['default'],
    ...(json ? { outputFile: { json } } : {}),
  },
});
