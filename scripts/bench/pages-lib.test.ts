import { describe, expect, it } from 'vitest';
import { firstDifference, initiatedBy, isTraced, ourTasks, parseOptions, percentile, selectPages, table, type TraceEvent } from './pages-lib';

describe('parseOptions', () => {
  it('has defaults and ignores section names', () => {
    const o = parseOptions(['pages']);
    expect(o.limit).toBe(60);
    expect(o.traceEvery).toBe(3);
    expect(o.ext).toBeNull();
  });
  it('reads every option', () => {
    const o = parseOptions(['pages', '--limit', '0', '--ext', '/x/y', '--verbose', '--settle', '1500', '--trace-every', '1', '--without-only']);
    expect(o).toMatchObject({ limit: 0, ext: '/x/y', verbose: true, settleMs: 1500, traceEvery: 1, withoutOnly: true });
    expect(parseOptions(['--no-trace']).traceEvery).toBe(0);
  });
  it('rejects a missing number', () => {
    expect(() => parseOptions(['--limit'])).toThrow(/--limit/);
    expect(() => parseOptions(['--limit', 'x'])).toThrow(/--limit/);
  });
});

describe('selectPages / isTraced', () => {
  it('keeps .html files, sorted, the first N (0 = all)', () => {
    const files = ['b.html', 'NOTE.txt', 'a.html', 'c.html'];
    expect(selectPages(files, 2)).toEqual(['a.html', 'b.html']);
    expect(selectPages(files, 0)).toEqual(['a.html', 'b.html', 'c.html']);
  });
  it('traces every Nth pair', () => {
    expect([0, 1, 2, 3].map((i) => isTraced(i, 3))).toEqual([true, false, false, true]);
    expect(isTraced(0, 0)).toBe(false);
    expect(isTraced(5, 1)).toBe(true);
  });
});

describe('percentile', () => {
  it('interpolates between closest ranks', () => {
    expect(percentile([], 50)).toBeNull();
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([3, 1, 2], 50)).toBe(2);
    expect(percentile([1, 2, 3, 4], 50)).toBe(2.5);
    expect(percentile([0, 10], 95)).toBeCloseTo(9.5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21], 95)).toBe(20);
  });
});

describe('table / firstDifference', () => {
  it('formats a markdown table', () => {
    expect(table(['a', 'b'], [['1', '2']])).toBe('| a | b |\n| --- | --- |\n| 1 | 2 |');
  });
  it('locates the first difference', () => {
    expect(firstDifference('same', 'same')).toBeNull();
    expect(firstDifference('<p>abc</p>', '<p>abd</p>', 2)).toEqual({ offset: 5, a: 'abc<', b: 'abd<' });
  });
});

describe('initiatedBy', () => {
  it('finds an extension frame in the initiator stack or its parents', () => {
    expect(initiatedBy(undefined)).toBe(false);
    expect(initiatedBy({ url: 'http://127.0.0.1/x.html' })).toBe(false);
    expect(initiatedBy({ stack: { callFrames: [{ url: 'http://127.0.0.1/a.js' }], parent: { callFrames: [{ url: 'chrome-extension://id/content-scripts/content.js' }] } } })).toBe(true);
  });
});

describe('ourTasks', () => {
  const EXT = 'chrome-extension://abc/content-scripts/content.js';
  const meta = (pid: number, tid: number, name: string): TraceEvent => ({ name: 'thread_name', ph: 'M', pid, tid, ts: 0, args: { name } });
  const task = (ts: number, dur: number, tid = 1): TraceEvent => ({ name: 'RunTask', ph: 'X', pid: 1, tid, ts, dur });

  it('counts a task with an extension script event, not a page task', () => {
    const events: TraceEvent[] = [
      meta(1, 1, 'CrRendererMain'),
      task(1000, 80_000),
      { name: 'EvaluateScript', ph: 'X', pid: 1, tid: 1, ts: 1100, dur: 70_000, args: { data: { url: EXT } } },
      task(200_000, 30_000),
      { name: 'EvaluateScript', ph: 'X', pid: 1, tid: 1, ts: 200_100, dur: 20_000, args: { data: { url: 'http://127.0.0.1/a.js' } } },
    ];
    expect(ourTasks(events)).toEqual({ tasks: [80], total: 80, cpuTasks: [80], cpuTotal: 80 });
  });

  it('attributes a task by CPU samples whose stack has extension code (a promise continuation)', () => {
    const events: TraceEvent[] = [
      meta(1, 1, 'CrRendererMain'),
      meta(1, 9, 'ServiceWorker thread'),
      { ...task(10_000, 120_000), tdur: 90_000 }, // 120 ms wall, 90 ms on the CPU
      task(300_000, 5_000),
      { name: 'Profile', ph: 'P', pid: 1, tid: 1, ts: 0, id: '0x1', args: { data: { startTime: 0 } } },
      {
        name: 'ProfileChunk',
        ph: 'P',
        pid: 1,
        tid: 7, // chunks come from the profiler's thread; the Profile event names the profiled one
        ts: 1,
        id: '0x1',
        args: {
          data: {
            cpuProfile: {
              nodes: [
                { id: 1, callFrame: { url: '' } },
                { id: 2, parent: 1, callFrame: { url: EXT } },
                { id: 3, parent: 2, callFrame: { url: '' } }, // a builtin called from our code is still ours
                { id: 4, parent: 1, callFrame: { url: 'http://127.0.0.1/page.js' } },
              ],
              samples: [3, 4],
            },
            timeDeltas: [50_000, 250_000], // t = 50 ms (inside the first task), t = 300 ms (the second, page code)
          },
        },
      },
      // Extension code on a non-main thread (the service worker) is not the page's cost.
      { name: 'FunctionCall', ph: 'X', pid: 1, tid: 9, ts: 400_000, dur: 90_000, args: { data: { url: EXT } } },
    ];
    expect(ourTasks(events)).toEqual({ tasks: [120], total: 120, cpuTasks: [90], cpuTotal: 90 });
  });

  it('does not count a nested task twice', () => {
    const events: TraceEvent[] = [
      meta(1, 1, 'CrRendererMain'),
      task(0, 100_000),
      task(10_000, 20_000),
      { name: 'FunctionCall', ph: 'X', pid: 1, tid: 1, ts: 15_000, dur: 1_000, args: { data: { url: EXT } } },
    ];
    expect(ourTasks(events).tasks).toEqual([100]);
  });
});
