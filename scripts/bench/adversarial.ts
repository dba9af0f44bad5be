// `npm run bench -- adversarial`: how analyze() scales on hostile input. For each shape of
// scripts/bench/adversarial-shapes.ts and each size (16 KB, 64 KB, 256 KB, 1 MB) it writes the text to a file and
// times a fresh CLI process on it (what a user of `npm run analyze` waits for, start-up included), then times
// analyze() alone inside another fresh process (scripts/bench/adversarial-child.ts: the engine without start-up).
// Linear time shows as a x4 step between columns; quadratic as x16.
//
// Settings (environment variables, as `npm run bench` passes its arguments on as section filters):
//   ADVERSARIAL_CMD      the command to time, FILE standing for the text file
//                        (default `node_modules/.bin/tsx scripts/analyze.ts FILE`; a bundled CLI can be named here)
//   ADVERSARIAL_CWD      where to run it (default: the current directory), e.g. another checkout for "before" figures
//   ADVERSARIAL_ENGINE   the module whose analyze() is timed alone (default lib/nlp/index.ts of this checkout)
//   ADVERSARIAL_SIZES    comma-separated sizes in KB (default 16,64,256,1024)
//   ADVERSARIAL_SHAPES   comma-separated shape names (default: all)
//   ADVERSARIAL_TIMEOUT  seconds before a CLI run is stopped (default 120); larger sizes of that shape are skipped
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SHAPES } from './adversarial-shapes';

const DEFAULT_CMD = 'node_modules/.bin/tsx scripts/analyze.ts FILE';

/** Minutes long: `npm run bench` alone skips it, `npm run bench -- adversarial` runs it. */
export const onlyWhenNamed = true;

interface Settings {
  cmd: string[];
  cwd: string;
  engine: string;
  sizesKb: number[];
  shapes: string[] | undefined;
  timeoutS: number;
}

function settings(env = process.env): Settings {
  return {
    cmd: (env.ADVERSARIAL_CMD ?? DEFAULT_CMD).trim().split(/\s+/),
    cwd: resolve(env.ADVERSARIAL_CWD ?? process.cwd()),
    engine: resolve(env.ADVERSARIAL_ENGINE ?? join(import.meta.dirname, '../../lib/nlp/index.ts')),
    sizesKb: (env.ADVERSARIAL_SIZES ?? '16,64,256,1024').split(',').map(Number),
    shapes: env.ADVERSARIAL_SHAPES?.split(','),
    timeoutS: Number(env.ADVERSARIAL_TIMEOUT ?? 120),
  };
}

/**
 * Seconds a fresh process takes on `file`, or undefined when it ran past the timeout (it is then killed with its
 * children: the process is started in its own group, and tsx runs the script in a child process).
 */
function timeCommand(cmd: string[], cwd: string, timeoutS: number, file: string): Promise<{ seconds?: number; error?: string; stdout: string }> {
  const [bin, ...args] = cmd.map((a) => (a === 'FILE' ? file : a));
  return new Promise((done) => {
    const t0 = performance.now();
    const child = spawn(bin, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (d) => (stderr += d));
    // the CLI prints the whole analysis with its text: keep only the start (the child's JSON line is short)
    child.stdout.on('data', (d) => {
      if (stdout.length < 10_000) stdout += d;
    });
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }, timeoutS * 1000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const seconds = (performance.now() - t0) / 1000;
      if (signal) done({ stdout });
      else if (code !== 0) done({ error: `exit ${code}: ${stderr.trim().split('\n').pop()}`, stdout });
      else done({ seconds, stdout });
    });
  });
}

const fmt = (x: number | undefined) => (x === undefined ? '-' : x < 10 ? x.toFixed(2) : x.toFixed(1));

/** The in-process column: analyze() timed inside a fresh process (scripts/bench/adversarial-child.ts). */
const CHILD = [join(import.meta.dirname, '../../node_modules/.bin/tsx'), join(import.meta.dirname, 'adversarial-child.ts')];

export async function run(): Promise<void> {
  const s = settings();
  const dir = mkdtempSync(join(tmpdir(), 'dramatis-adversarial-'));
  const shapes = SHAPES.filter((x) => !s.shapes || s.shapes.includes(x.name));
  console.log(`CLI: \`${s.cmd.join(' ')}\` in ${s.cwd}; in-process: analyze() of ${s.engine}; timeout ${s.timeoutS} s.`);
  console.log('Each cell: seconds through a fresh CLI process / seconds of analyze() alone in a fresh process ("-": not run, ">T": stopped at the timeout).\n');
  console.log(`| shape | ${s.sizesKb.map((kb) => (kb >= 1024 ? `${kb / 1024} MB` : `${kb} KB`)).join(' | ')} | output at the largest size run |`);
  console.log(`|---|${s.sizesKb.map(() => '---').join('|')}|---|`);
  try {
    for (const shape of shapes) {
      const cells: string[] = [];
      let stopped = false;
      let output = '';
      for (const kb of s.sizesKb) {
        if (stopped) {
          cells.push('-');
          continue;
        }
        const text = shape.make(kb * 1024);
        const file = join(dir, `${shape.name}-${kb}.txt`);
        writeFileSync(file, text);
        const cli = await timeCommand(s.cmd, s.cwd, s.timeoutS, file);
        if (cli.error) {
          cells.push(`error (${cli.error})`);
          stopped = true;
          continue;
        }
        if (cli.seconds === undefined) {
          cells.push(`>${s.timeoutS} / -`);
          stopped = true;
          continue;
        }
        const child = await timeCommand([...CHILD, s.engine, 'FILE'], process.cwd(), s.timeoutS, file);
        if (child.seconds === undefined) {
          cells.push(`${fmt(cli.seconds)} / ${child.error ? 'error' : `>${s.timeoutS}`}`);
          continue;
        }
        const a = JSON.parse(child.stdout) as { seconds: number; actors: number; claims: number; partial: boolean };
        cells.push(`${fmt(cli.seconds)} / ${fmt(a.seconds)}`);
        output = `${a.actors} actors, ${a.claims} claims${a.partial ? ', partial' : ''}`;
      }
      console.log(`| ${shape.name} | ${cells.join(' | ')} | ${output} |`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
