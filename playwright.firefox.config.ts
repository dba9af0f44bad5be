import { defineConfig } from '@playwright/test';

// The Firefox e2e suite: Playwright Test runs the specs, which drive Firefox with puppeteer-core (see
// tests/e2e-firefox/fixtures.ts). Run it with `npm run test:e2e:firefox` (scripts/run-e2e-firefox.mjs finds Firefox).
export default defineConfig({
  testDir: 'tests/e2e-firefox',
  timeout: 90_000, // Firefox's first start on a fresh profile can take several seconds on a busy machine
  workers: 1,
  retries: 0,
  reporter: [['list']],
});
