// Runs the Playwright e2e suite against the built extension in a local Chromium (never downloads a browser).
import { spawnSync } from 'node:child_process';
import { CHROMIUM_MISSING, findChromium } from './find-chromium.mjs';

const chromium = findChromium();
if (!chromium) {
  console.error(CHROMIUM_MISSING);
  process.exit(1);
}
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: chromium, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
});
process.exit(result.status ?? 1);
