// Renders assets/icon.svg to public/icon/{16,32,48,128}.png with the local Chromium (run after editing the SVG).
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
// @ts-expect-error: plain ESM helper
import { findChromium } from './find-chromium.mjs';

const svg = readFileSync('assets/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: ['--no-sandbox'] });
for (const size of [16, 32, 48, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>html,body{margin:0;background:transparent}</style><img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" width="${size}" height="${size}">`);
  await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
  await page.close();
}
await browser.close();
console.log('Wrote public/icon/{16,32,48,128}.png');
