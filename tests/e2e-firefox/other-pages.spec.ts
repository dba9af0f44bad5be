import { expect, test } from './fixtures';
import { dramatisHighlights, settledState, textOf, waitForHighlights, watchErrors } from './page-helpers';

const PAGES = [
  { file: 'french.html', status: 'not-english', popupSays: 'This page is in French (fr)' },
  { file: 'french-lang.html', status: 'not-english', popupSays: 'This page is in French (fr)' },
  { file: 'not-article.html', status: 'not-article', popupSays: 'This page doesn’t look like a news article.' },
];

for (const { file, status, popupSays } of PAGES) {
  test(`Firefox: ${file} gets no highlights and no errors, and the popup says why`, async ({ openExtensionPage, tab, siteURL }) => {
    const url = `${siteURL}/${file}`;
    const errors = watchErrors(tab);
    await tab.goto(url);
    // Wait for the content script's decision (asked from an extension page) rather than for time to pass.
    const ext = await openExtensionPage('popup.html');
    const state = await settledState(ext, url);
    expect(state.status).toBe(status);
    expect(await dramatisHighlights(tab)).toEqual([]);

    const popup = await openExtensionPage(`popup.html?tab=${state.tabId}`);
    await expect.poll(() => textOf(popup)).toContain(popupSays);
    expect(await dramatisHighlights(tab)).toEqual([]);
    expect(errors).toEqual([]);
  });
}

test('Firefox: turning Dramatis off for a site in the popup stops it there, and on again brings it back', async ({ openExtensionPage, tab, siteURL }) => {
  const url = `${siteURL}/article.html`;
  await tab.goto(url);
  await waitForHighlights(tab);
  const ext = await openExtensionPage('popup.html');
  const { tabId } = await settledState(ext, url);

  let popup = await openExtensionPage(`popup.html?tab=${tabId}`);
  await popup.locator('button[role="switch"] ::-p-text(Active on 127.0.0.1)').click();
  await expect.poll(() => dramatisHighlights(tab)).toEqual([]);

  // Reloaded, the page stays unpainted: the content script reports the site as disabled.
  await tab.reload();
  expect((await settledState(ext, url)).status).toBe('disabled');
  expect(await dramatisHighlights(tab)).toEqual([]);

  popup = await openExtensionPage(`popup.html?tab=${tabId}`);
  await expect.poll(() => textOf(popup)).toContain('Dramatis is off for 127.0.0.1');
  await popup.locator('button[role="switch"] ::-p-text(Turn on for 127.0.0.1)').click();
  await waitForHighlights(tab);
});
