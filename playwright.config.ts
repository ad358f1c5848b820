import { defineConfig } from '@playwright/test';

/** Chromium end-to-end tests against the built extension (.output/chrome-mv3). */
export default defineConfig({
  testDir: 'tests/e2e/chromium',
  timeout: 60_000,
  retries: process.env.CI ? 1 : 0,
  workers: 1,
  reporter: [['list']],
});
