import { createServer, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from './fixtures';
import { waitForHighlights } from './page-helpers';

declare const chrome: typeof import('wxt/browser').browser;

test('a page that is still loading: the popup waits (never "off limits"), then shows the analysis once the page is ready', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  // A server that sends the first half of the sample article now and the rest only when the test says so.
  const html = readFileSync(resolve('tests/fixtures/pages/article.html'), 'utf8');
  const cut = html.indexOf('<article');
  let pending: ServerResponse | null = null;
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  const server = createServer((req, res) => {
    if (req.url !== '/slow.html') {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.write(html.slice(0, cut));
    pending = res;
    void released.then(() => res.end(html.slice(cut)));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  const url = `http://127.0.0.1:${port}/slow.html`;
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    await expect.poll(() => pending !== null).toBe(true);
    // The tab's id, from its URL (host permissions let the extension see http(s) tab URLs).
    const tabId = await serviceWorker.evaluate(async (target) => {
      for (let i = 0; i < 50; i++) {
        const tab = (await chrome.tabs.query({})).find((t) => t.url === target);
        if (tab?.id !== undefined) return tab.id;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error('no tab');
    }, url);

    const popup = await context.newPage();

    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await expect(popup.getByText(/Waiting for the page to finish loading/)).toBeVisible();
    await expect(popup.getByText(/can’t read this page|off limits/)).toHaveCount(0);

    release();
    await waitForHighlights(page);
    await expect(popup.getByText(/^11 claims from \d+ sources, 6 of them from unnamed sources$/)).toBeVisible({ timeout: 30_000 });
    await expect(popup.getByRole('list', { name: 'Key to the marks' })).toBeVisible();
  } finally {
    release();
    server.close();
  }
});
