// Browser tests of the viewer (test/e2e): headless Chromium via playwright-core against the built
// page (npm run test:e2e builds it first). One file at a time: the machine is small and shared.

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ['test/_temp-root.ts'],
    fileParallelism: false,
  },
});
