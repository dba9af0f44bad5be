import type { CDPSession, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { cardFrame, cardText, openArticle, pointOf } from './page-helpers';

/**
 * Screenshots for the note, only when asked: `DRAMATIS_SHOTS=<dir> npm run test:e2e -- tests/e2e/shots.spec.ts`.
 * Popup, page marks, the page's claim card with "Wrong source?" open, the reader with a card, and the library: light,
 * dark, 400 px wide, and a deuteranopia simulation (Chromium's Emulation.setEmulatedVisionDeficiency).
 */
const shots = process.env.DRAMATIS_SHOTS;
test.skip(!shots, 'screenshots only when DRAMATIS_SHOTS is set');

type Look = 'light' | 'dark' | 'narrow' | 'deut';
const LOOKS: Look[] = ['light', 'dark', 'narrow', 'deut'];

const sessions = new Map<Page, CDPSession>();

async function look(page: Page, how: Look, size: { width: number; height: number }): Promise<void> {
  await page.emulateMedia({ colorScheme: how === 'dark' ? 'dark' : 'light' });
  await page.setViewportSize(how === 'narrow' ? { width: 400, height: size.height } : size);
  // The session stays open: detaching it would drop the emulation with it.
  let cdp = sessions.get(page);
  if (!cdp) sessions.set(page, (cdp = await page.context().newCDPSession(page)));
  await cdp.send('Emulation.setEmulatedVisionDeficiency', { type: how === 'deut' ? 'deuteranopia' : 'none' });
  await page.waitForTimeout(300);
}

test('screenshots: popup, page marks, card, reader, library', async ({ context, extensionId, serviceWorker, siteURL }) => {
  test.setTimeout(600_000);
  const { page, tabId } = await openArticle({ context, serviceWorker }, `${siteURL}/article.html`);
  const saved = await serviceWorker.evaluate(async (id) => {
    const d = (globalThis as unknown as { dramatis: { saveTab(id: number): Promise<{ id: number }> } }).dramatis;
    return d.saveTab(id);
  }, tabId);
  const base = `chrome-extension://${extensionId}`;

  // Page marks (a dark page is the fixture with a dark style laid over it) and the claim card with its source menu open.
  const QUOTE = 'The message from the Americans was clear';
  for (const how of LOOKS) {
    await look(page, how, { width: 1100, height: 900 });
    await page.evaluate((dark) => {
      document.getElementById('shot-dark')?.remove();
      if (!dark) return;
      const style = document.createElement('style');
      style.id = 'shot-dark';
      style.textContent = 'html, body, body * { background-color: #121212 !important; color: #dddddd !important; }';
      document.head.append(style);
    }, how === 'dark');
    await page.mouse.move(1, 1);
    await expect.poll(() => cardText(page)).toBe('');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${shots}/marks-${how}.png` });
    const point = await pointOf(page, QUOTE, 'article');
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => cardText(page)).toContain('Wrong source?');
    const frame = cardFrame(page)!;
    await frame.getByRole('button', { name: 'Wrong source?' }).click();
    await expect(frame.getByRole('menu')).toBeVisible();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${shots}/card-source-menu-${how}.png` });
    await page.keyboard.press('Escape');
  }

  const popup = await context.newPage();
  await popup.goto(`${base}/popup.html?tab=${tabId}`);
  await expect(popup.getByRole('list', { name: 'Key to the marks' })).toBeVisible();
  for (const how of LOOKS) {
    await look(popup, how, { width: 420, height: 640 });
    await popup.screenshot({ path: `${shots}/popup-${how}.png` });
  }

  // The reader: a card open on a place below its line, with its fixes; then a claim card with "Wrong source?" open.
  const reader = await context.newPage();
  await reader.goto(`${base}/library.html#/article/${saved.id}`);
  await expect(reader.getByRole('heading', { level: 1 })).toBeVisible();
  for (const how of LOOKS) {
    await look(reader, how, { width: 1100, height: 900 });
    await reader.mouse.move(1, 1);
    await reader.waitForTimeout(400);
    await reader.locator('.dr-reader__body [data-card^="a:"]', { hasText: /^Baghdad$/ }).first().hover();
    await expect(reader.locator('.dr-reader-card')).toBeVisible();
    await reader.waitForTimeout(200);
    await reader.screenshot({ path: `${shots}/reader-card-${how}.png` });
    await reader.mouse.move(1, 1);
    await expect(reader.locator('.dr-reader-card')).toHaveCount(0);
    const quote = reader.locator('.dr-reader__body mark[data-kind="claim-anonymous"]', { hasText: QUOTE }).first();
    await quote.scrollIntoViewIfNeeded();
    await quote.hover();
    await reader.locator('.dr-reader-card').getByRole('button', { name: 'Wrong source?' }).click();
    await expect(reader.getByRole('menu')).toBeVisible();
    await reader.waitForTimeout(200);
    await reader.screenshot({ path: `${shots}/reader-source-menu-${how}.png` });
    await reader.keyboard.press('Escape');
    await reader.keyboard.press('Escape');
    await reader.evaluate(() => window.scrollTo(0, 0));
  }

  const library = await context.newPage();
  await library.goto(`${base}/library.html`);
  await expect(library.getByRole('list', { name: 'Saved articles' })).toBeVisible();
  for (const how of LOOKS) {
    await look(library, how, { width: 1000, height: 700 });
    await library.screenshot({ path: `${shots}/library-${how}.png` });
  }
  // The narrow library with its filters opened.
  await look(library, 'narrow', { width: 1000, height: 700 });
  await library.getByRole('button', { name: /^Filters/ }).click();
  await library.screenshot({ path: `${shots}/library-narrow-filters-open.png` });
});
