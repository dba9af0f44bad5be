// Finds a Firefox binary for the Firefox e2e suite: $FIREFOX_PATH, Debian's `firefox-esr`, then `firefox` on the PATH.
// Returns null when none.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function findFirefox() {
  if (process.env.FIREFOX_PATH && existsSync(process.env.FIREFOX_PATH)) return process.env.FIREFOX_PATH;
  if (existsSync('/usr/bin/firefox-esr')) return '/usr/bin/firefox-esr';
  for (const name of ['firefox-esr', 'firefox']) {
    try {
      const path = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (path) return path;
    } catch {
      /* not on PATH */
    }
  }
  return null;
}

export const FIREFOX_MISSING =
  'Firefox not found: install it with `sudo apt-get install -y firefox-esr` (Debian/Ubuntu) or set FIREFOX_PATH to a Firefox (140 or later) binary.';
