import { defineConfig } from 'vitest/config';

/** End-to-end tests: the built extension in real Chromium and Firefox (see tests/e2e/browsers.ts). */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
