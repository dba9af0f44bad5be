import { rmSync } from 'node:fs';
import { expect, launchWithExtension, serviceWorkerOf, test } from './fixtures';
import { waitForHighlights } from './page-helpers';

test('the welcome page opens once, on install, and explains the marks; not again when the browser starts again', async ({
  context,
  extensionId,
  userDataDir,
  siteURL,
}) => {
  const isWelcome = (u: string) => u === `chrome-extension://${extensionId}/welcome.html`;
  await expect.poll(() => context.pages().filter((p) => isWelcome(p.url())).length).toBe(1);
  const welcome = context.pages().find((p) => isWelcome(p.url()))!;
  await expect(welcome.getByRole('heading', { level: 1, name: 'Welcome to Dramatis' })).toBeVisible();
  await expect(welcome.getByText('Unnamed source')).toBeVisible();
  await expect(welcome.locator('.dr-welcome__example .dr-mark-sample')).toHaveCount(5);
  // The browser's real shortcut, not a guess.
  await expect(welcome.locator('kbd', { hasText: 'Alt+Shift+J' })).toBeVisible();

  // Closed by the reader: it must not come back by itself.
  await welcome.close();
  await context.close();
  const again = await launchWithExtension(userDataDir);
  try {
    const worker = await serviceWorkerOf(again);
    const id = new URL(worker.url()).host;
    // Once the background has done real work (an article analysed and painted), no welcome tab: not a new install.
    const page = await again.newPage();
    await page.goto(`${siteURL}/article.html`);
    await waitForHighlights(page);
    expect(again.pages().filter((p) => p.url() === `chrome-extension://${id}/welcome.html`)).toEqual([]);
  } finally {
    await again.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
});
