import { test as base, chromium, type BrowserContext, type Worker } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startFixtureServer } from './server';

/**
 * The built extension the suite loads: the test build (`npm run build:e2e`, `.output/chrome-mv3-e2e`), which keeps the
 * test seams (`globalThis.dramatis` in the service worker) that production builds drop; scripts/run-e2e.mjs sets it.
 * Other callers (the demo) get the production build.
 */
export const EXTENSION_DIR = resolve(process.env.DRAMATIS_EXTENSION_DIR ?? '.output/chrome-mv3');
export const PAGES_DIR = resolve('tests/fixtures/pages');

/** Launches Chromium (Debian's by default) with the built extension on a given profile directory. */
export async function launchWithExtension(
  userDataDir: string,
  options: { executablePath?: string; headless?: boolean; viewport?: { width: number; height: number }; extensionDir?: string } = {},
): Promise<BrowserContext> {
  const dir = options.extensionDir ?? EXTENSION_DIR;
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: options.executablePath ?? process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium',
    headless: options.headless ?? true,
    ...(options.viewport ? { viewport: options.viewport } : {}),
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

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
