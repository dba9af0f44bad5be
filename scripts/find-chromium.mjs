// Finds a Chromium binary: $CHROMIUM_PATH, Debian's real binary, `chromium`, `google-chrome`. Returns null when none.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function findChromium() {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  // Debian's /usr/bin/chromium is a shell wrapper; Playwright needs the real binary.
  if (existsSync('/usr/lib/chromium/chromium')) return '/usr/lib/chromium/chromium';
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    try {
      const path = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (path) return path;
    } catch {
      /* not on PATH */
    }
  }
  return null;
}

export const CHROMIUM_MISSING =
  'Chromium not found: install it with `sudo apt-get install -y chromium` (Debian/Ubuntu) or set CHROMIUM_PATH to a Chromium or Chrome binary.';
