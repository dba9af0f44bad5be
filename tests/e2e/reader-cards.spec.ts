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
