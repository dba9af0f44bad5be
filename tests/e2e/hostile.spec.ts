import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, PAGES_DIR } from './fixtures';
import { cardText, pointOf, tabIdOf, waitForHighlights } from './page-helpers';

// A page that tries to read what Dramatis shows the user: it fires synthetic pointer events over the highlights,
// searches for the text of a private note with window.find(), measures what sits where the card is, and walks every
// node and frame it can reach. It must learn nothing of the note, of the background summary, or of whether the user
// saved an article naming the actor: the card is an extension page in a fixed-size frame, opened only by real input.
const NOTE = 'Quokka-Zanzibar note 7731';

type Probe = {
  visible: boolean;
  size: number[] | null;
  scrollSize: number[] | null;
  shadowRootOpen: boolean;
  topElement: string | null;
  foundByWindowFind: boolean;
  inReachableText: boolean;
  frames: string[];
};
declare global {
  interface Window {
    dramatisProbe: { synthetic(needle: string): Promise<boolean>; probe(secret: string): Probe };
  }
}

test('a hostile page learns nothing of a note, a saved article or the card it cannot open itself', async ({ context, serviceWorker, siteURL }) => {
  const probeScript = readFileSync(join(PAGES_DIR, 'hostile-probe.js'), 'utf8');
  const article = readFileSync(join(PAGES_DIR, 'article.html'), 'utf8');
  await context.route('**/hostile.html', (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: article.replace('</body>', `<script>${probeScript}</script></body>`) }),
  );
  const url = `${siteURL}/hostile.html`;

  async function openAndProbe(): Promise<{ synthetic: boolean; actor: Probe; claim: Probe; cardShown: string }> {
    const page = await context.newPage();
    await page.goto(url);
    await waitForHighlights(page);
    // 1. Synthetic events over a highlighted name open nothing.
    const synthetic = await page.evaluate(() => window.dramatisProbe.synthetic('Pompeo'));
    // 2. The user really hovers Pompeo: the card opens, and the page probes it.
    const point = await pointOf(page, 'Pompeo', 'article');
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('Mike Pompeo');
    const cardShown = await cardText(page);
    const actor = await page.evaluate((secret) => window.dramatisProbe.probe(secret), NOTE);
    // 3. The same for a claim's card (other content, other length).
    await page.keyboard.press('Escape');
    const quote = await pointOf(page, 'guarantees', 'article');
    await page.mouse.move(quote.x, quote.y);
    await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('senior Iraqi military source');
    const claim = await page.evaluate((secret) => window.dramatisProbe.probe(secret), NOTE);
    await page.close();
    return { synthetic, actor, claim, cardShown };
  }

  const before = await openAndProbe();

  // Save the article and write a private note on Pompeo's card.
  const first = await context.newPage();
  await first.goto(url);
  await waitForHighlights(first);
  const tabId = await tabIdOf(serviceWorker, url);
  await serviceWorker.evaluate(
    async ({ id, note }) => {
      const d = (globalThis as unknown as { dramatis: { saveTab(id: number): Promise<unknown>; db: { cards: { where(k: string): { equals(v: string): { modify(c: object): Promise<number> } } } } } }).dramatis;
      await d.saveTab(id);
      await d.db.cards.where('key').equals('person:mike pompeo').modify({ note });
    },
    { id: tabId, note: NOTE },
  );
  await first.close();

  const after = await openAndProbe();
  // The user sees the note (so the secret really is in the card)...
  expect(after.cardShown).toContain(NOTE);
  expect(before.cardShown).not.toContain(NOTE);
  for (const run of [before, after]) {
    expect(run.synthetic).toBe(false);
    for (const probe of [run.actor, run.claim]) {
      expect(probe.visible).toBe(true);
      expect(probe.foundByWindowFind).toBe(false);
      expect(probe.inReachableText).toBe(false);
      expect(probe.shadowRootOpen).toBe(false);
      expect(probe.frames.every((f) => f === 'unreadable')).toBe(true);
    }
  }
  // ...but everything the page can measure is the same before and after saving, and for an actor and a claim.
  expect(after.actor).toEqual(before.actor);
  expect(after.claim).toEqual(before.claim);
  expect(after.actor.size).toEqual(after.claim.size);
});
