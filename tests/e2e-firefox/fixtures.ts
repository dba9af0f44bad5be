/**
 * The Firefox e2e suite's fixtures. Playwright cannot drive a stock Firefox (it needs its own patched build, which
 * cannot be downloaded here), so Playwright Test is only the runner: the specs drive Debian's `firefox-esr` with
 * puppeteer-core over WebDriver BiDi, with the built extension (`.output/firefox-mv3`) installed as a temporary add-on.
 *
 * One Firefox per worker (it takes a few seconds to start); each test gets its own tab. Playwright starts a new
 * worker after a failed test, so a failure never leaves its browser state to the next test.
 */
import { test as base } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startFixtureServer } from '../e2e/server';

export const EXTENSION_DIR = resolve('.output/firefox-mv3');
export const PAGES_DIR = resolve('tests/fixtures/pages');

/** The add-on id from the built manifest (`browser_specific_settings.gecko.id`). */
const GECKO_ID: string = JSON.parse(readFileSync(resolve(EXTENSION_DIR, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;
/** A fixed moz-extension UUID (pref `extensions.webextensions.uuids`), so extension pages have a known origin. */
const EXTENSION_UUID = '3f1c6a3e-8d4b-4c2e-9a7f-2b5d1e0c9a11';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** Starts a headless Firefox with the built extension installed. The caller closes it. */
export async function launchFirefoxWithExtension(): Promise<Browser> {
  const executablePath = process.env.FIREFOX_PATH;
  if (!executablePath) throw new Error('FIREFOX_PATH is not set: run this suite with `npm run test:e2e:firefox`.');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    // Since Firefox 153 a WebDriver client may navigate a tab to a moz-extension:// page (the popup) only with this.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }) },
  });
  try {
    const id = await browser.installExtension(EXTENSION_DIR);
    if (id !== GECKO_ID) throw new Error(`installed add-on ${id}, expected ${GECKO_ID}`);
    return browser;
  } catch (error) {
    await browser.close();
    throw error;
  }
}

interface TestFixtures {
  /** A new Firefox tab (1280 x 800), closed after the test. (Not `page`: that name is Playwright's own fixture.) */
  tab: Page;
  /** Opens an extension page (`popup.html?tab=3`) in a new tab, closed after the test. */
  openExtensionPage: (path: string) => Promise<Page>;
}
interface WorkerFixtures {
  /** The fixture pages (`tests/fixtures/pages`) served on 127.0.0.1. */
  siteURL: string;
  /** Firefox with Dramatis installed. */
  firefox: Browser;
}

export const expect = base.expect;

export const test = base.extend<TestFixtures, WorkerFixtures>({
  siteURL: [
    async ({}, use) => {
      const { url, server } = await startFixtureServer(PAGES_DIR);
      await use(url);
      server.close();
    },
    { scope: 'worker' },
  ],
  firefox: [
    async ({}, use) => {
      const browser = await launchFirefoxWithExtension();
      try {
        await use(browser);
      } finally {
        await browser.close();
      }
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  tab: async ({ firefox }, use) => {
    const page = await firefox.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    await use(page);
    await page.close().catch(() => undefined); // already gone if the test closed it
  },
  openExtensionPage: async ({ firefox }, use) => {
    const opened: Page[] = [];
    await use(async (path) => {
      const page = await firefox.newPage();
      opened.push(page);
      await navigateToExtensionPage(page, path);
      return page;
    });
    for (const page of opened) await page.close().catch(() => undefined);
  },
});

/**
 * Shows an extension page (`popup.html?tab=3`) in `page`. Firefox (started with --remote-allow-system-access) loads it
 * but sends the WebDriver client no navigation events for it, so puppeteer's `goto` would never settle: start the
 * navigation without waiting for it, then wait until the tab's document is the extension page, fully loaded.
 */
async function navigateToExtensionPage(page: Page, path: string): Promise<void> {
  const url = `${EXTENSION_ORIGIN}/${path}`;
  page.goto(url, { timeout: 30_000 }).catch(() => undefined); // never settles for extension pages, see above
  await expect
    .poll(() => page.evaluate(() => (document.readyState === 'complete' ? location.href : '')).catch(() => ''), { timeout: 20_000 })
    .toBe(url);
}

