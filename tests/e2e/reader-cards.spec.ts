import type { BrowserContext, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { openArticle } from './page-helpers';

test('the reader view shows the same cards as the page: hover an actor, focus a claim, Esc closes and focus stays', async ({
  context,
  extensionId,
  serviceWorker,
  siteURL,
}) => {
  const { tabId } = await openArticle({ context, serviceWorker }, `${siteURL}/article.html`);
  const saved = await serviceWorker.evaluate(async (id) => {
    const d = (globalThis as unknown as { dramatis: { saveTab(id: number): Promise<{ id: number }> } }).dramatis;
    return d.saveTab(id);
  }, tabId);
  const reader = await context.newPage();
  await reader.goto(`chrome-extension://${extensionId}/library.html#/article/${saved.id}`);
  await expect(reader.getByRole('heading', { level: 1, name: 'US pressures Baghdad over Iran-backed militias' })).toBeVisible();

  // Hover: an actor's card, beside the name (not over it).
  const name = reader.locator('.dr-reader__body [data-kind="person"]', { hasText: 'Mike Pompeo' }).first();
  await name.hover();
  const card = reader.locator('.dr-reader-card').getByRole('article', { name: 'Mike Pompeo' });
  await expect(card).toBeVisible();
  await expect(card).toContainText('Person');
  const [markBox, cardBox] = [await name.boundingBox(), await card.boundingBox()];
  expect(cardBox!.y >= markBox!.y + markBox!.height || cardBox!.y + cardBox!.height <= markBox!.y).toBe(true);
  // The pointer can move onto the card, and it stays.
  await card.hover();
  await reader.waitForTimeout(400);
  await expect(card).toBeVisible();

  // Focus: a claim from an unnamed source, reached from the keyboard.
  const quote = reader.locator('.dr-reader__body mark[data-kind="claim-anonymous"]', { hasText: 'The message from the Americans was clear' }).first();
  await quote.focus();
  const claimCard = reader.locator('.dr-reader-card').getByRole('article');
  await expect(claimCard).toContainText('unnamed source');
  await expect(claimCard).toContainText('The message from the Americans was clear');
  await reader.keyboard.press('Escape');
  await expect(reader.locator('.dr-reader-card')).toHaveCount(0);
  expect(await quote.evaluate((el) => el === document.activeElement)).toBe(true);
});

/** Saves the sample article through the service worker and opens it in the reader; returns the reader page. */
async function openSavedInReader({ context, extensionId, serviceWorker, siteURL }: { context: BrowserContext; extensionId: string; serviceWorker: Worker; siteURL: string }) {
  const { tabId } = await openArticle({ context, serviceWorker }, `${siteURL}/article.html`);
  const saved = await serviceWorker.evaluate(async (id) => {
    const d = (globalThis as unknown as { dramatis: { saveTab(id: number): Promise<{ id: number }> } }).dramatis;
    return d.saveTab(id);
  }, tabId);
  const reader = await context.newPage();
  await reader.goto(`chrome-extension://${extensionId}/library.html#/article/${saved.id}`);
  await expect(reader.getByRole('heading', { level: 1, name: 'US pressures Baghdad over Iran-backed militias' })).toBeVisible();
  return reader;
}

test("a fix from a reader card changes the reader's marks at once, survives a reload, and can be undone", async ({ context, extensionId, serviceWorker, siteURL }) => {
  const reader = await openSavedInReader({ context, extensionId, serviceWorker, siteURL });
  const body = reader.locator('.dr-reader__body');
  // Actor marks (a claim's mark may hold the same words).
  const actorMarks = body.locator('[data-card^="a:"]');
  // A place (the analysis links "Baghdad" to Iraq, so the card is found by the mark's key, not its words).
  const first = actorMarks.filter({ hasText: /^Baghdad$/ }).first();
  await expect(first).toHaveAttribute('data-kind', 'place');
  const key = (await first.getAttribute('data-card'))!;
  const mentions = body.locator(`[data-card="${key}"]`);
  const before = await mentions.count();
  expect(before).toBeGreaterThan(1);
  await first.hover();
  const card = reader.locator('.dr-reader-card').getByRole('article');
  await expect(card).toContainText('Not a place?');
  // The card is beside the name's line, not over it.
  const [markBox, cardBox] = [await first.boundingBox(), await card.boundingBox()];
  expect(cardBox!.y >= markBox!.y + markBox!.height || cardBox!.y + cardBox!.height <= markBox!.y).toBe(true);
  await card.getByRole('button', { name: /Organization/ }).click();
  await expect(card.getByRole('status')).toContainText('Now marked as an organization');
  // Every mention follows at once.
  await expect(mentions.and(body.locator('[data-kind="organization"]'))).toHaveCount(before);

  // Remembered: a reload shows the same marks.
  await reader.reload();
  await expect(mentions.and(body.locator('[data-kind="organization"]'))).toHaveCount(before);

  // Undo (a new card after the reload offers the fix again; the one before the reload is gone): fix, then Undo.
  const mark = actorMarks.filter({ hasText: /^Mike Pompeo$/ }).first();
  await mark.hover();
  const pompeo = reader.locator('.dr-reader-card').getByRole('article', { name: 'Mike Pompeo' });
  await pompeo.getByRole('button', { name: 'Not a name' }).click();
  await expect(actorMarks.filter({ hasText: /^Mike Pompeo$/ })).toHaveCount(0);
  // The card stays (its mark is gone) with Undo.
  await pompeo.getByRole('button', { name: 'Undo' }).click();
  await expect(actorMarks.and(body.locator('[data-kind="person"]')).filter({ hasText: /^Mike Pompeo$/ })).not.toHaveCount(0);
});

test('"Wrong source?" in a reader card: a long list filters as you type and keeps focus, Esc gives focus back', async ({ context, extensionId, serviceWorker, siteURL }) => {
  const reader = await openSavedInReader({ context, extensionId, serviceWorker, siteURL });
  const quote = reader.locator('.dr-reader__body mark[data-kind="claim-anonymous"]', { hasText: 'The message from the Americans was clear' }).first();
  await quote.focus();
  const card = reader.locator('.dr-reader-card').getByRole('article');
  await expect(card).toContainText('unnamed source');
  // The card covers no line of the claim (drawn in pieces around the names in it), not only the piece focused.
  const cardBox = (await reader.locator('.dr-reader-card').boundingBox())!;
  const pieces = reader.locator(`.dr-reader__body [data-card="${await quote.getAttribute('data-card')}"]`);
  expect(await pieces.count()).toBeGreaterThan(1);
  for (const piece of await pieces.all()) {
    const b = (await piece.boundingBox())!;
    expect(b.y >= cardBox.y + cardBox.height || b.y + b.height <= cardBox.y, `a piece of the claim at y=${b.y} under the card`).toBe(true);
  }
  // Tab from the mark enters the card; the keyboard reaches "Wrong source?".
  const trigger = card.getByRole('button', { name: 'Wrong source?' });
  await reader.keyboard.press('Tab');
  for (let i = 0; i < 5 && !(await trigger.evaluate((el) => el === document.activeElement)); i++) await reader.keyboard.press('Tab');
  await expect(trigger).toBeFocused();
  await reader.keyboard.press('Enter');
  // A long list: a dialog with the filter box and the menu.
  const box = reader.getByRole('dialog', { name: 'Who said this?' });
  const menu = box.getByRole('menu');
  await expect(menu).toBeVisible();
  const filter = box.getByRole('searchbox', { name: 'Filter the names' });
  await expect(filter).toBeFocused();
  // The menu is drawn above the card that opened it.
  expect(await filter.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === el;
  })).toBe(true);
  await reader.keyboard.type('ira');
  await expect(filter).toBeFocused();
  const names = await menu.getByRole('menuitemradio').allInnerTexts();
  expect(names.map((n) => n.replace('✓', '').trim())).toEqual(['Unnamed source', 'Iraq', 'Iran']);
  // The menu stays inside the window.
  const shown = (await box.boundingBox())!;
  const view = reader.viewportSize()!;
  expect(shown.y >= 0 && shown.y + shown.height <= view.height).toBe(true);
  await reader.keyboard.press('Escape');
  await expect(box).toHaveCount(0);
  await expect(trigger).toBeFocused();
});
