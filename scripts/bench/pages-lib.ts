// Pure helpers of the page bench (scripts/bench/pages.ts): options, percentiles, the page list, the trace analysis that
// finds the main-thread tasks running extension code, a DOM difference locator, and table formatting. No browser here;
// unit-tested in pages-lib.test.ts.

export interface PagesOptions {
  /** Pages of the L3S set to run (sorted by file name, the first N); 0 = all. */
  limit: number;
  /** The built Chrome extension to load (default .output/chrome-mv3). */
  ext: string | null;
  /** Print one row per page. */
  verbose: boolean;
  /** Task time, DOM and trace are read this long after DOMContentLoaded, on both sides. */
  settleMs: number;
  /** A page with no highlight this long after its load event counts as "no highlight". */
  highlightTimeoutMs: number;
  /**
   * Trace (timeline + V8 CPU profiler, both sides) every Nth page pair to find the tasks running extension code; the
   * timing figures come from the untraced pairs, since the profiler slows scripts down. 1 = trace all, 0 = none.
   */
  traceEvery: number;
  /** Each control page (non-article, non-English) is loaded this many times per side. */
  controlRepeat: number;
  /** Skip the L3S pages (controls only), or the controls. */
  skipL3s: boolean;
  skipControls: boolean;
  /** Sanity run: both sides without the extension (every "extra" figure should then be noise around 0). */
  withoutOnly: boolean;
}

export const DEFAULT_OPTIONS: PagesOptions = {
  limit: 60,
  ext: null,
  verbose: false,
  settleMs: 2000,
  highlightTimeoutMs: 5000,
  traceEvery: 3,
  controlRepeat: 3,
  skipL3s: false,
  skipControls: false,
  withoutOnly: false,
};

/** Reads the page bench's options from the command line (other arguments, e.g. section names, are ignored). */
export function parseOptions(argv: readonly string[]): PagesOptions {
  const o: PagesOptions = { ...DEFAULT_OPTIONS };
  const num = (i: number, name: string): number => {
    const v = Number(argv[i + 1]);
    if (argv[i + 1] === undefined || !Number.isFinite(v) || v < 0) throw new Error(`${name} needs a number >= 0`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--limit') o.limit = num(i++, a);
    else if (a === '--settle') o.settleMs = num(i++, a);
    else if (a === '--highlight-timeout') o.highlightTimeoutMs = num(i++, a);
    else if (a === '--control-repeat') o.controlRepeat = Math.max(1, num(i++, a));
    else if (a === '--ext') {
      if (!argv[i + 1]) throw new Error('--ext needs a directory');
      o.ext = argv[++i];
    } else if (a === '--verbose') o.verbose = true;
    else if (a === '--trace-every') o.traceEvery = num(i++, a);
    else if (a === '--no-trace') o.traceEvery = 0;
    else if (a === '--controls-only') o.skipL3s = true;
    else if (a === '--no-controls') o.skipControls = true;
    else if (a === '--without-only') o.withoutOnly = true;
  }
  return o;
}

/** Is the page pair at `index` traced? */
export function isTraced(index: number, traceEvery: number): boolean {
  return traceEvery > 0 && index % traceEvery === 0;
}

/** The L3S pages to run: `.html` files sorted by name, the first `limit` of them (0 = all). */
export function selectPages(files: readonly string[], limit: number): string[] {
  const pages = files.filter((f) => f.endsWith('.html')).sort();
  return limit > 0 ? pages.slice(0, limit) : pages;
}

/** Percentile by linear interpolation between closest ranks (p in 0..100); null for no values. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
}

/** "12.3" for a number, "–" for null. */
export function fmt(v: number | null | undefined, digits = 1): string {
  return v === null || v === undefined || Number.isNaN(v) ? '–' : v.toFixed(digits);
}

/** A markdown table. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Where two serializations first differ, with a little context on each side (for --verbose). */
export function firstDifference(a: string, b: string, context = 40): { offset: number; a: string; b: string } | null {
  if (a === b) return null;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - context);
  return { offset: i, a: a.slice(from, i + context), b: b.slice(from, i + context) };
}

// ---------------------------------------------------------------------------------------------------------------------
// Trace analysis

/** The subset of a Chrome trace event this bench reads. */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, µs. */
  tdur?: number;
  id?: string;
  args?: Record<string, any>;
}

export interface OurTasks {
  /** Wall durations (ms) of the main-thread tasks that ran extension code, longest first. */
  tasks: number[];
  /** Sum of those tasks (ms): an upper bound of the main-thread time spent in our code (a task may mix page code). */
  total: number;
  /** The same tasks' main-thread CPU time (ms; the trace's thread time), longest first, and its sum. */
  cpuTasks: number[];
  cpuTotal: number;
}

const SCRIPT_EVENTS = new Set(['EvaluateScript', 'v8.compile', 'FunctionCall', 'v8.run', 'TimerFire', 'FireAnimationFrame']);

function isOurs(url: unknown, prefix: string): boolean {
  return typeof url === 'string' && url.startsWith(prefix);
}

/**
 * The renderer main-thread tasks (`RunTask` on a `CrRendererMain` thread) that ran code from `prefix`
 * (`chrome-extension://`), found two ways:
 *   - a timeline script event inside the task names an extension URL (`EvaluateScript`/`v8.compile` of the content
 *     script, `FunctionCall`...);
 *   - a V8 CPU-profiler sample taken inside the task has an extension function on its stack (this catches the work
 *     run from promise continuations and extension-message callbacks, which have no timeline event of their own).
 * Only main threads are looked at: the extension's service worker runs on its own thread and is not the page's cost.
 */
export function ourTasks(events: readonly TraceEvent[], prefix = 'chrome-extension://'): OurTasks {
  const mainThreads = new Set<string>();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain') mainThreads.add(`${e.pid}/${e.tid}`);
  }
  // Times (µs, trace clock) on main threads where our code was running.
  const ourTimes = new Map<string, number[]>();
  const mark = (thread: string, ts: number) => {
    if (!ourTimes.has(thread)) ourTimes.set(thread, []);
    ourTimes.get(thread)!.push(ts);
  };
  for (const e of events) {
    const thread = `${e.pid}/${e.tid}`;
    if (!mainThreads.has(thread) || !SCRIPT_EVENTS.has(e.name)) continue;
    const data = e.args?.data ?? {};
    if (isOurs(data.url, prefix) || isOurs(data.scriptName, prefix) || isOurs(e.args?.fileName, prefix)) mark(thread, e.ts);
  }
  // CPU profiles: one `Profile` event (on the profiled thread) and `ProfileChunk`s with new nodes and samples, joined
  // by pid + id. Sample times are the profile's startTime plus the running sum of timeDeltas.
  const profiles = new Map<string, { thread: string; time: number; nodes: Map<number, boolean> }>();
  const chunks = events.filter((e) => e.name === 'Profile' || e.name === 'ProfileChunk').sort((a, b) => a.ts - b.ts);
  for (const e of chunks) {
    const key = `${e.pid}/${e.id}`;
    if (e.name === 'Profile') {
      profiles.set(key, { thread: `${e.pid}/${e.tid}`, time: e.args?.data?.startTime ?? e.ts, nodes: new Map() });
      continue;
    }
    const profile = profiles.get(key);
    if (!profile) continue;
    const cpu = e.args?.data?.cpuProfile ?? {};
    for (const node of (cpu.nodes ?? []) as { id: number; parent?: number; callFrame?: { url?: string } }[]) {
      const inherited = node.parent !== undefined && profile.nodes.get(node.parent) === true;
      profile.nodes.set(node.id, inherited || isOurs(node.callFrame?.url, prefix));
    }
    const samples: number[] = cpu.samples ?? [];
    const deltas: number[] = e.args?.data?.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      profile.time += deltas[i] ?? 0;
      if (profile.nodes.get(samples[i]) && mainThreads.has(profile.thread)) mark(profile.thread, profile.time);
    }
  }
  const tasks: number[] = [];
  const cpuTasks: number[] = [];
  for (const [thread, times] of ourTimes) {
    times.sort((a, b) => a - b);
    const runTasks = events
      .filter((e) => e.name === 'RunTask' && e.ph === 'X' && `${e.pid}/${e.tid}` === thread && e.dur !== undefined)
      .sort((a, b) => a.ts - b.ts);
    let j = 0;
    let lastEnd = -Infinity;
    for (const t of runTasks) {
      const end = t.ts + t.dur!;
      if (t.ts < lastEnd) continue; // nested in the previous task (a nested run loop): counted with it
      lastEnd = end;
      while (j < times.length && times[j] < t.ts) j++;
      if (j < times.length && times[j] <= end) {
        tasks.push(t.dur! / 1000);
        cpuTasks.push((t.tdur ?? t.dur!) / 1000);
      }
    }
  }
  const total = (v: number[]) => v.reduce((s, x) => s + x, 0);
  tasks.sort((a, b) => b - a);
  cpuTasks.sort((a, b) => b - a);
  return { tasks, total: total(tasks), cpuTasks, cpuTotal: total(cpuTasks) };
}

/** True when a CDP `Network.requestWillBeSent` initiator has a stack frame (or parent stack) in `prefix` code. */
export function initiatedBy(initiator: { url?: string; stack?: Stack } | undefined, prefix = 'chrome-extension://'): boolean {
  if (!initiator) return false;
  if (isOurs(initiator.url, prefix)) return true;
  for (let s: Stack | undefined = initiator.stack; s; s = s.parent) {
    if (s.callFrames.some((f) => isOurs(f.url, prefix))) return true;
  }
  return false;
}
interface Stack {
  callFrames: { url: string }[];
  parent?: Stack;
}
