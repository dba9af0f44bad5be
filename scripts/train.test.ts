// `npm run train` must reproduce the shipped model byte for byte (README: "byte-reproducible"). Reference data the
// rules gained after training (lib/kb LATER_NAMES) once changed the training input silently; this catches that. It
// trains for real (about 10 s here) from ../shared/corpus and the dev-dependency gazetteers, into a temporary file.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;

describe('npm run train', () => {
  it('writes exactly the shipped model (public/model/actors.bin)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dramatis-train-'));
    try {
      const out = join(dir, 'actors.bin');
      execFileSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/train.ts'), `--out=${out}`], { cwd: root, stdio: 'pipe' });
      const trained = readFileSync(out);
      const shipped = readFileSync(join(root, 'public/model/actors.bin'));
      expect(trained.length).toBe(shipped.length);
      expect(trained.equals(shipped)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
