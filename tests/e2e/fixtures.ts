import { test as base, type BrowserContext, type Worker } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startFixtureServer } from './server';
import { launchWithExtension, serviceWorkerOf } from '../../scripts/lib/chromium-extension';

export { EXTENSION_DIR, launchWithExtension, serviceWorkerOf } from '../../scripts/lib/chromium-extension';

export const PAGES_DIR = resolve('tests/fixtures/pages');

interface Fixtures {
  userDataDir: string;
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
}

export const test = base.extend<Fixtures, { siteURL: string }>({
  siteURL: [
    async ({}, use) => {
      const { url, server } = await startFixtureServer(PAGES_DIR);
      await use(url);
      server.close();
    },
    { scope: 'worker' },
  ],
  userDataDir: async ({}, use) => {
    await use(mkdtempSync(join(tmpdir(), 'dramatis-profile-')));
  },
  context: async ({ userDataDir }, use) => {
    const context = await launchWithExtension(userDataDir);
    await use(context);
    await context.close();
  },
  serviceWorker: async ({ context }, use) => {
    await use(await serviceWorkerOf(context));
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
});

export const expect = test.expect;
