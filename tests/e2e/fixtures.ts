import { test as base, chromium, type BrowserContext, type Worker } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startFixtureServer } from './server';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
export const PAGES_DIR = resolve('tests/fixtures/pages');

/** Launches Chromium (Debian's by default) with the built extension on a given profile directory. */
export async function launchWithExtension(
  userDataDir: string,
  options: { executablePath?: string; headless?: boolean; viewport?: { width: number; height: number } } = {},
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: options.executablePath ?? process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium',
    headless: options.headless ?? true,
    ...(options.viewport ? { viewport: options.viewport } : {}),
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
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
