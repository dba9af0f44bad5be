// Runs the Playwright e2e suite against the built extension in a local Chromium (never downloads a browser).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_MISSING, findChromium } from './find-chromium.mjs';

// The test build keeps the test seams a production build drops (wxt.config.ts: mode "e2e").
const extensionDir = process.env.DRAMATIS_EXTENSION_DIR ?? '.output/chrome-mv3-e2e';
if (!existsSync(`${extensionDir}/manifest.json`)) {
  console.error(`No test build in ${extensionDir}: run \`npm run build:e2e\` first.`);
  process.exit(1);
}

const chromium = findChromium();
if (!chromium) {
  console.error(CHROMIUM_MISSING);
  process.exit(1);
}
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: chromium, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', DRAMATIS_EXTENSION_DIR: extensionDir },
});
process.exit(result.status ?? 1);
