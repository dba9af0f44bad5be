// Chromium with the built extension, for the e2e tests, the demo and the benchmarks (scripts do not import tests/).
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { resolve } from 'node:path';

/**
 * The built extension to load: the e2e suite sets DRAMATIS_EXTENSION_DIR to the test build (`npm run build:e2e`,
 * `.output/chrome-mv3-e2e`), which keeps the test seams (`globalThis.dramatis` in the service worker) that production
 * builds drop (scripts/run-e2e.mjs sets it). Other callers (the demo) get the production build.
 */
export const EXTENSION_DIR = resolve(process.env.DRAMATIS_EXTENSION_DIR ?? '.output/chrome-mv3');

/** Chromium's switches for every automated run: no sandbox (containers), no GPU, no traffic of its own. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

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
      ...CHROMIUM_ARGS,
    ],
  });
}

export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/**
 * The id of the tab showing `url`, found through the service worker. Dramatis has no "tabs" permission, so tab URLs
 * are hidden from it: ask each tab's content script for its state instead.
 */
export async function tabIdOf(worker: Worker, url: string): Promise<number> {
  return worker.evaluate(async (target) => {
    for (let attempt = 0; attempt < 50; attempt++) {
      for (const tab of await chrome.tabs.query({})) {
        if (tab.id === undefined) continue;
        const reply = (await chrome.tabs.sendMessage(tab.id, { type: 'get-state' }).catch(() => null)) as { ok: boolean; value?: { url: string } } | null;
        if (reply?.ok && reply.value?.url === target) return tab.id;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`no tab for ${target}`);
  }, url);
}
declare const chrome: typeof import('wxt/browser').browser;
