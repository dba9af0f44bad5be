import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { historyCount, historyWritten } from './history-helpers';
import { cardFrame, cardText, openArticle, pointOf } from './page-helpers';

// The reading history (issue 15) in a real Chromium: three fixture articles with the same person and a recurring quote
// (memory-1..3.html; in the second, another speaker reads it out). Reading the first two leaves records; the third
// page's cards say so; the actor page shows the timeline and co-actors; "forget this site" removes them; the host page
// cannot read any of it.

async function hover(page: Page, needle: string): Promise<void> {
  const point = await pointOf(page, needle, 'article');
  await page.mouse.move(point.x, point.y);
}

test('three articles: the third page\'s cards remember, the actor page shows the timeline, forgetting the site removes it, the page reads nothing', async ({
  context,
  serviceWorker,
  siteURL,
  extensionId,
}) => {
  test.setTimeout(120_000);
  for (const n of [1, 2]) {
    const { page, tabId } = await openArticle({ context, serviceWorker }, `${siteURL}/memory-${n}.html`);
    await historyWritten(serviceWorker, tabId);
    await page.close();
  }
  expect(await historyCount(serviceWorker)).toBe(2);

  const { page, tabId } = await openArticle({ context, serviceWorker }, `${siteURL}/memory-3.html`);
  await historyWritten(serviceWorker, tabId);

  // The actor card: the two earlier articles.
  await hover(page, 'Maria Okafor');
  await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('Maria Okafor');
  await expect.poll(() => cardText(page), { timeout: 5000 }).toMatch(/In 2 other articles you read since .+, last on /);

  // The quote's card: seen twice before, first in the Harbour Times, once read out by another speaker.
  await page.mouse.move(1, 1);
  await expect.poll(() => cardText(page), { timeout: 5000 }).toBe('');
  await hover(page, 'not a day later');
  await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('not a day later');
  await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('Also in 2 other articles you read; first seen in Harbour Times');
  const text = await cardText(page);
  expect(text).toContain('Attributed to a different source elsewhere: Rui Valente (Coast Daily)');
  // The wording changed from the first article: "and" was dropped.
  await expect(cardFrame(page)!.locator('del')).toHaveText(/and/);

  // The host page cannot read any of it: not in its DOM, not through the frame, not in its own storage.
  const seenByPage = await page.evaluate(async () => {
    const frame = document.querySelector('dramatis-card-frame');
    const iframe = (frame?.shadowRoot ?? frame)?.querySelector?.('iframe') as HTMLIFrameElement | null | undefined;
    let frameDoc: unknown = 'no iframe found';
    try {
      frameDoc = iframe?.contentDocument ?? null;
    } catch {
      frameDoc = null;
    }
    const dbs = 'databases' in indexedDB ? (await indexedDB.databases()).map((d) => d.name) : [];
    return { text: document.documentElement.innerText, html: document.documentElement.outerHTML, frameDoc: frameDoc === null ? null : String(frameDoc), dbs, storage: JSON.stringify(localStorage) };
  });
  expect(seenByPage.text).not.toContain('other articles you read');
  expect(seenByPage.html).not.toContain('Coast Daily');
  expect(seenByPage.frameDoc === null || seenByPage.frameDoc === 'no iframe found').toBe(true);
  expect(seenByPage.dbs).toEqual([]);
  expect(seenByPage.storage).toBe('{}');

  // The actor page: the timeline (a chart and its table), the articles, the co-actors.
  // Opened from the actor's card (no saved article, so no card of hers: the history alone opens her page).
  await page.mouse.move(1, 1);
  await expect.poll(() => cardText(page), { timeout: 5000 }).toBe('');
  await hover(page, 'Maria Okafor');
  await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('All about Maria Okafor');
  const opened = context.waitForEvent('page');
  await cardFrame(page)!.getByRole('button', { name: 'All about Maria Okafor' }).click();
  const library = await opened;
  await library.waitForLoadState();
  expect(library.url()).toBe(`chrome-extension://${extensionId}/library.html#/actor/${encodeURIComponent('person:maria okafor')}`);
  const across = library.getByRole('region', { name: 'Maria Okafor across your reading' });
  // An outlet is a registrable domain under its site name: the fixture server serves all three from one host (the site
  // names differ, the domain does not), so one outlet, listed with its other names.
  await expect(across).toContainText('In 3 articles you read from 1 outlet');
  await expect(across.getByRole('list', { name: 'Outlets' }).getByRole('listitem')).toHaveCount(1);
  await expect(across.getByRole('list', { name: 'Outlets' })).toContainText('also as');
  await expect(across.locator('canvas').first()).toBeVisible();
  await expect(across.getByRole('table', { name: 'Mentions of Maria Okafor per week', includeHidden: true })).toHaveCount(1);
  await expect(across.getByRole('list', { name: 'Seen with' })).toContainText('Tomas Brandt');
  await expect(across.getByRole('list', { name: 'Outlets' })).toContainText('Harbour Times');
  // The co-actor network: drawn (a lazy chunk), each co-actor a link to their actor page, its numbers in a table.
  const network = across.getByRole('group', { name: 'Network of Maria Okafor and the actors seen with them' });
  const brandt = network.getByRole('link', { name: /^Tomas Brandt, person: in \d+ articles? with Maria Okafor/ });
  await expect(brandt).toBeVisible();
  await expect(brandt).toHaveAttribute('href', `#/actor/${encodeURIComponent('person:tomas brandt')}`);
  await expect(across.getByRole('table', { name: 'Seen with Maria Okafor', includeHidden: true })).toContainText('Tomas Brandt');
  // From the keyboard: Enter on a co-actor opens their page.
  await brandt.focus();
  await library.keyboard.press('Enter');
  await expect(library).toHaveURL(new RegExp(`#/actor/${encodeURIComponent('person:tomas brandt')}$`));
  await library.goBack();
  await expect(brandt).toBeVisible();
  // Screenshots for the note when asked (DRAMATIS_SHOTS=dir): the actor page in light and dark.
  const shots = process.env.DRAMATIS_SHOTS;
  if (shots) {
    for (const scheme of ['light', 'dark'] as const) {
      await library.emulateMedia({ colorScheme: scheme });
      await library.waitForTimeout(300);
      await across.screenshot({ path: `${shots}/actor-page-${scheme}.png` });
      // The network with a co-actor focused from the keyboard.
      await brandt.focus();
      await network.screenshot({ path: `${shots}/actor-network-focus-${scheme}.png` });
    }
    await page.bringToFront();
    await page.mouse.move(1, 1);
    await expect.poll(() => cardText(page), { timeout: 5000 }).toBe('');
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await hover(page, 'not a day later');
      await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('Also in 2 other articles');
      await page.screenshot({ path: `${shots}/claim-card-${scheme}.png` });
      await page.mouse.move(1, 1);
      await expect.poll(() => cardText(page), { timeout: 5000 }).toBe('');
    }
  }

  // "Forget this site" in Options: the history of 127.0.0.1 goes, and the actor page has nothing left.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByRole('textbox', { name: 'Site to forget' }).fill(new URL(siteURL).hostname);
  await options.getByRole('button', { name: 'Forget this site' }).click();
  await expect(options.getByText(/Forgot 3 articles from/)).toBeVisible();
  expect(await historyCount(serviceWorker)).toBe(0);
  await library.reload();
  await expect(library.getByRole('region', { name: 'Maria Okafor across your reading' })).toHaveCount(0);

  // And the card no longer says it.
  await page.bringToFront();
  await page.mouse.move(1, 1);
  await expect.poll(() => cardText(page), { timeout: 5000 }).toBe('');
  await hover(page, 'Maria Okafor');
  await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('Maria Okafor');
  expect(await cardText(page)).not.toContain('other articles you read');
});
