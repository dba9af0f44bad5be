// `npm run demo`: builds the extension, serves the sample article inside a realistic news page on 127.0.0.1, and opens
// Chromium with Dramatis loaded. With a display, the browser stays open until you close it (or press Ctrl+C).
// Without one, it writes demo.png (the page with highlights and an open hover card) and demo-popup.png.
import { execSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
// @ts-expect-error: plain ESM helper shared with the e2e runner
import { CHROMIUM_MISSING, findChromium } from './find-chromium.mjs';
import { launchWithExtension, serviceWorkerOf, tabIdOf } from './lib/chromium-extension';
import { startFixtureServer } from './lib/fixture-server';

const executablePath: string | null = findChromium();
if (!executablePath) {
  console.error(CHROMIUM_MISSING);
  process.exit(1);
}
const headless = !process.env.DISPLAY || process.argv.includes('--headless');

console.log('Building the extension...');
execSync('npx wxt build', { stdio: 'ignore' });
const { url, server } = await startFixtureServer(resolve('tests/fixtures/pages'));
const articleUrl = `${url}/article.html`;

const context = await launchWithExtension(mkdtempSync(join(tmpdir(), 'dramatis-demo-')), {
  executablePath,
  headless,
  viewport: { width: 1280, height: 900 },
});
const worker = await serviceWorkerOf(context);
const extensionId = new URL(worker.url()).host;
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(articleUrl);
console.log(`Serving the sample article at ${articleUrl}`);

if (!headless) {
  console.log('Chromium is open with Dramatis loaded. Hover a highlighted name; click the puzzle icon for the popup. Close the browser to stop.');
  await new Promise<void>((done) => context.on('close', () => done()));
  server.close();
  process.exit(0);
}

// Headless: wait for the analysis, hover Pompeo's first mention so his card opens, then screenshot page and popup.
// The highlight registry is shared with the page, so the page's world can see when Dramatis has painted.
await page.waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith('dramatis-')), null, { timeout: 30_000 });
const box = await page.evaluate(() => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = n.textContent!.indexOf('Pompeo');
    if (i >= 0 && n.parentElement?.closest('article')) {
      const range = document.createRange();
      range.setStart(n, i);
      range.setEnd(n, i + 6);
      const r = range.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }
  }
  return null;
});
if (box) {
  await page.mouse.move(box.x, box.y);
  // The card is an extension page in a frame: wait until it is placed and shown.
  await page
    .waitForFunction(() => {
      const host = document.querySelector('dramatis-card-frame') as HTMLElement | null;
      return !!host && getComputedStyle(host).display !== 'none';
    }, null, { timeout: 10_000 })
    .catch(() => console.warn('The hover card did not open.'));
  await page.waitForTimeout(300);
}
const demoPng = resolve('demo.png');
await page.screenshot({ path: demoPng });

const tabId = await tabIdOf(worker, articleUrl);
const popup = await context.newPage();
await popup.setViewportSize({ width: 400, height: 720 });
await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
await popup.waitForTimeout(1500);
const popupPng = resolve('demo-popup.png');
await popup.screenshot({ path: popupPng, fullPage: true });

await context.close();
server.close();
console.log(`Wrote ${demoPng} (the article with highlights and Pompeo's card)`);
console.log(`Wrote ${popupPng} (the popup for that page)`);
