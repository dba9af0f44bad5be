import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { tabIdOf, waitForHighlights } from './page-helpers';

/**
 * An automated accessibility check (axe-core, every rule it runs by default) on each extension page, light and dark:
 * no serious or critical violation. (Minor and moderate ones are printed, not failed: axe itself says they need a
 * person's judgement.)
 */
async function check(page: Page, label: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const other = results.violations.filter((v) => !bad.includes(v));
  if (other.length) console.log(`${label}: ${other.map((v) => `${v.id} (${v.impact}, ${v.nodes.length})`).join(', ')}`);
  return bad.map((v) => `${label}: ${v.id} (${v.impact}) ${v.help} -> ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

test('popup, library, reader, actor page, the history\'s pages, options and welcome page: no serious or critical axe violation, light and dark', async ({
  context,
  extensionId,
  serviceWorker,
  siteURL,
}) => {
  // 26 page states, each checked by axe, light and dark: minutes on a shared 2-core machine.
  test.setTimeout(360_000);
  const article = await context.newPage();
  const url = `${siteURL}/article.html`;
  await article.goto(url);
  await waitForHighlights(article);
  const tabId = await tabIdOf(serviceWorker, url);
  const saved = await serviceWorker.evaluate(async (id) => {
    const d = (globalThis as unknown as { dramatis: { saveTab(id: number): Promise<{ id: number }> } }).dramatis;
    return d.saveTab(id);
  }, tabId);

  const base = `chrome-extension://${extensionId}`;
  const pages: { label: string; url: string; ready: (p: Page) => Promise<unknown>; then?: (p: Page) => Promise<unknown> }[] = [
    { label: 'popup', url: `${base}/popup.html?tab=${tabId}`, ready: (p) => expect(p.getByRole('list', { name: 'Key to the marks' })).toBeVisible() },
    {
      label: 'popup, claims',
      url: `${base}/popup.html?tab=${tabId}`,
      ready: async (p) => {
        await p.getByRole('tab', { name: /Claims/ }).click();
        await expect(p.getByRole('tab', { name: /Claims/ })).toHaveAttribute('aria-selected', 'true');
      },
    },
    {
      label: 'popup, card',
      url: `${base}/popup.html?tab=${tabId}`,
      ready: async (p) => {
        await p.getByRole('button', { name: 'Open card for Mike Pompeo' }).click();
        await expect(p.getByRole('article', { name: 'Mike Pompeo' })).toBeVisible();
      },
    },
    { label: 'library', url: `${base}/library.html`, ready: (p) => expect(p.getByText('US pressures Baghdad over Iran-backed militias').first()).toBeVisible() },
    {
      label: 'library, row menu',
      url: `${base}/library.html`,
      ready: async (p) => {
        await p.getByRole('button', { name: /^More actions for / }).first().click();
        await expect(p.getByRole('menu')).toBeVisible();
      },
    },
    { label: 'reader', url: `${base}/library.html#/article/${saved.id}`, ready: (p) => expect(p.getByRole('heading', { level: 1 })).toBeVisible() },
    {
      label: 'reader, card',
      url: `${base}/library.html#/article/${saved.id}`,
      ready: async (p) => {
        await p.locator('.dr-reader__body [data-kind="person"]', { hasText: 'Mike Pompeo' }).first().focus();
        await expect(p.locator('.dr-reader-card').getByRole('article')).toBeVisible();
      },
    },
    {
      label: 'reader, card with its source menu open (filter box, groups)',
      url: `${base}/library.html#/article/${saved.id}`,
      ready: async (p) => {
        await p.locator('.dr-reader__body mark[data-kind="claim-anonymous"]').first().hover();
        await p.locator('.dr-reader-card').getByRole('button', { name: 'Wrong source?' }).click();
        await expect(p.getByRole('searchbox', { name: 'Filter the names' })).toBeVisible();
      },
    },
    {
      label: 'actor page',
      url: `${base}/library.html#/actor/${encodeURIComponent('person:mike pompeo')}`,
      ready: async (p) => {
        await expect(p.getByRole('heading', { name: 'Mike Pompeo', exact: true })).toBeVisible();
        await expect(p.getByRole('heading', { level: 1 })).toHaveText('Actor page: Mike Pompeo');
      },
    },
    // The reading history's pages (issue 15): the Read view, the outlets compared, an outlet's page and its
    // "forget this site" confirmation.
    { label: 'read view', url: `${base}/library.html#/read`, ready: (p) => expect(p.getByRole('list', { name: 'Remembered articles' })).toBeVisible() },
    { label: 'outlets', url: `${base}/library.html#/outlets`, ready: (p) => expect(p.getByRole('list', { name: 'Outlets by articles read' })).toBeVisible() },
    {
      label: 'outlet page',
      url: `${base}/library.html#/outlet/${new URL(siteURL).hostname}`,
      ready: async (p) => {
        await expect(p.getByRole('list', { name: 'Articles read' })).toBeVisible();
        await expect(p.locator('.dr-trend canvas').first()).toBeVisible();
      },
    },
    {
      label: 'outlet page, forget',
      url: `${base}/library.html#/outlet/${new URL(siteURL).hostname}`,
      ready: async (p) => {
        await p.getByRole('button', { name: 'Forget this site…' }).click();
        await expect(p.getByRole('group', { name: 'Confirm forgetting' })).toBeVisible();
      },
    },
    { label: 'options', url: `${base}/options.html`, ready: (p) => expect(p.getByRole('list', { name: 'Key to the marks' }).or(p.getByLabel('Key to the marks'))).toBeVisible() },
    { label: 'welcome', url: `${base}/welcome.html`, ready: (p) => expect(p.getByRole('heading', { level: 1, name: 'Welcome to Dramatis' })).toBeVisible() },
  ];

  const failures: string[] = [];
  const page = await context.newPage();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const p of pages) {
      await page.goto('about:blank');
      await page.goto(p.url);
      await p.ready(page);
      failures.push(...(await check(page, `${p.label} (${scheme})`)));
    }
  }
  expect(failures).toEqual([]);
});
