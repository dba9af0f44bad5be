// `node scripts/build-cli.mjs`: bundles the command-line tools scripts/analyze.ts and scripts/extract.ts with esbuild
// into single files, .output/cli/analyze.mjs and .output/cli/extract.mjs, which plain `node` starts in tens of
// milliseconds (tsx compiles the TypeScript at every start, about 2 s).
// `node scripts/build-cli.mjs --if-stale`: does nothing when both bundles are newer than every file they were built
// from. The check only stats the input list saved by the last build (no esbuild, no parsing), so `npm run analyze`
// and `npm run extract` run it before every start.
//
// What goes into a bundle: our code and the runtime packages it imports. The build fails if a package that
// package-lock.json marks as dev-only would be bundled (a test, bench or training helper imported by accident).
// jsdom stays outside the bundle (it reads files next to its own code) and is loaded only when a page is parsed.
import { readFileSync, renameSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(ROOT, '.output/cli');
const ENTRIES = { analyze: 'scripts/analyze.ts', extract: 'scripts/extract.ts' };
const OUTPUTS = Object.keys(ENTRIES).map((name) => join(OUT_DIR, `${name}.mjs`));
/** Files the last build read (paths relative to ROOT), for the --if-stale check. */
const INPUTS_FILE = join(OUT_DIR, 'inputs.json');
/** Loaded at run time from node_modules, never bundled. */
const RUNTIME_REQUIRED = ['jsdom'];

/** True when a bundle is missing, or older than this script or than any file it was built from. */
export function isStale() {
  const mtime = (file) => statSync(file, { throwIfNoEntry: false })?.mtimeMs;
  const built = Math.min(...OUTPUTS.map((file) => mtime(file) ?? -Infinity));
  if (built === -Infinity) return true;
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(INPUTS_FILE, 'utf8'));
  } catch {
    return true;
  }
  return [fileURLToPath(import.meta.url), ...inputs.map((file) => join(ROOT, file))].some((file) => (mtime(file) ?? Infinity) > built);
}

/**
 * Resolves `import ... from 'jsdom'` to `require('jsdom')` at run time. The require sits in a lazily initialised
 * CommonJS wrapper, so it runs when the importing module first runs: `analyze --jsonl` (text only, HTML support is a
 * dynamic import) never loads jsdom. A plain `external` would hoist a static import to the top of the bundle.
 */
const requireAtRunTime = (names) => ({
  name: 'require-at-run-time',
  setup(build) {
    const filter = new RegExp(`^(${names.join('|')})$`);
    build.onResolve({ filter }, (args) =>
      args.namespace === 'run-time' ? { path: args.path, external: true } : { path: args.path, namespace: 'run-time' },
    );
    build.onLoad({ filter: /.*/, namespace: 'run-time' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(args.path)});`,
      loader: 'js',
    }));
  },
});

/** "node_modules/a/node_modules/b/lib/x.js" -> "node_modules/a/node_modules/b" (its key in package-lock.json). */
function packageDirOf(path) {
  return /^(?:.*\/)?node_modules\/(?:@[^/]+\/)?[^/]+/.exec(path)?.[0].replace(/^.*?(?=node_modules\/)/, '') ?? null;
}

export async function buildCli() {
  const { build } = await import('esbuild');
  const started = performance.now();
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ENTRIES,
    outdir: OUT_DIR,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // `require` for the run-time packages above (an ES module has none of its own).
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    plugins: [requireAtRunTime(RUNTIME_REQUIRED)],
    legalComments: 'none',
    metafile: true,
    write: false,
    logLevel: 'warning',
  });

  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'));
  const inputs = Object.keys(result.metafile.inputs).filter((file) => !file.startsWith('run-time:'));
  const bundled = [...new Set(inputs.map(packageDirOf).filter(Boolean))].sort();
  const devOnly = bundled.filter((dir) => !lock.packages[dir] || lock.packages[dir].dev);
  if (devOnly.length) {
    throw new Error(`build-cli: would bundle packages that package-lock.json marks dev-only (or lacks): ${devOnly.join(', ')}`);
  }

  // Each file is written beside its final name and renamed over it, so a CLI started meanwhile (tests run in
  // parallel) reads either the old bundle or the new one, never half a file.
  mkdirSync(OUT_DIR, { recursive: true });
  const writeAtomically = (file, contents) => {
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, contents);
    renameSync(tmp, file);
  };
  writeAtomically(INPUTS_FILE, JSON.stringify(['package.json', 'package-lock.json', ...inputs], null, 1) + '\n');
  for (const file of result.outputFiles) writeAtomically(file.path, file.contents);

  const sizes = result.outputFiles.map((f) => `${relative(ROOT, f.path)} ${(f.contents.length / 1e6).toFixed(2)} MB`);
  process.stderr.write(
    `build-cli: ${sizes.join(', ')} in ${Math.round(performance.now() - started)} ms` +
      ` (packages bundled: ${bundled.map((dir) => dir.replace(/^.*node_modules\//, '')).join(', ') || 'none'}; loaded at run time: ${RUNTIME_REQUIRED.join(', ')})\n`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!process.argv.includes('--if-stale') || isStale()) await buildCli();
}
