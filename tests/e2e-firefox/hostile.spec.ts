import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, PAGES_DIR, test } from './fixtures';
import { pointOf, visibleCard, waitForHighlights } from './page-helpers';

// The hostile page of tests/e2e/hostile.spec.ts, in Firefox: its script (tests/fixtures/pages/hostile-probe.js) fires
// synthetic pointer events over a highlighted name, then, while the user's real hover shows the card, searches for the
// card's text with window.find() and walks every node and frame it can reach. (The note and saved-article half of that
// spec runs in Chromium, where the test can write to the extension's database.)
const CARD_ONLY_TEXT = 'Roles seen'; // a label of the actor card that the article does not contain

test('Firefox: a hostile page cannot open the card with synthetic events, nor find or read what it shows', async ({ tab, siteURL }) => {
  await tab.evaluateOnNewDocument(readFileSync(join(PAGES_DIR, 'hostile-probe.js'), 'utf8'));
  await tab.goto(`${siteURL}/article.html`);
  await waitForHighlights(tab);
  expect(await tab.evaluate(() => document.body.textContent!.includes('Roles seen'))).toBe(false);

  const synthetic = await tab.evaluate(() => (window as unknown as { dramatisProbe: { synthetic(n: string): Promise<boolean> } }).dramatisProbe.synthetic('Pompeo'));
  expect(synthetic).toBe(false);

  const point = await pointOf(tab, 'Pompeo', 'article');
  await tab.mouse.move(point.x, point.y + 200);
  await tab.mouse.move(point.x, point.y, { steps: 5 });
  await expect.poll(() => visibleCard(tab), { timeout: 15_000 }).not.toBeNull();

  const probe = await tab.evaluate(
    (secret) => (window as unknown as { dramatisProbe: { probe(s: string): Record<string, unknown> } }).dramatisProbe.probe(secret),
    CARD_ONLY_TEXT,
  );
  // The frame's one size, whatever the card says (CARD_WIDTH x CARD_HEIGHT in entrypoints/page-part/card-frame.ts).
  expect(probe).toMatchObject({ visible: true, foundByWindowFind: false, inReachableText: false, shadowRootOpen: false, size: [360, 360] });
  expect((probe.frames as string[]).every((f) => f === 'unreadable')).toBe(true);
});
