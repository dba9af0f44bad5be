// Runs the Firefox e2e suite (tests/e2e-firefox): Playwright Test is the runner, and the specs drive a local Firefox
// through puppeteer-core over WebDriver BiDi (Playwright cannot drive a stock Firefox). Never downloads a browser.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { FIREFOX_MISSING, findFirefox } from './find-firefox.mjs';

const firefox = findFirefox();
if (!firefox) {
  console.error(FIREFOX_MISSING);
  process.exit(1);
}
if (!existsSync('.output/firefox-mv3/manifest.json')) {
  console.error('No Firefox build: run `npm run build:firefox` first (it writes .output/firefox-mv3).');
  process.exit(1);
}
const result = spawnSync('npx', ['playwright', 'test', '--config', 'playwright.firefox.config.ts', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, FIREFOX_PATH: firefox, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
});
process.exit(result.status ?? 1);
