import { expect, test } from './fixtures';

test('the built extension loads and its popup page renders', async ({ context, extensionId }) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.locator('#root')).not.toBeEmpty();
});
