/**
 * Work on the page's main thread in short slices: the page belongs to the reader, so no task of ours should run long
 * (a "long task" is over 50 ms). `yieldToPage` gives the thread back between slices.
 */
import { compareSpans, type PaintedSpan, type PaintSpan } from './paint';
import { rangeFor, type TextMap } from './text-map';

/** Milliseconds of work per slice: well under the 50 ms of a long task, leaving room for the page's own work. */
export const SLICE_MS = 8;

/** Lets the page run (input, rendering, its own scripts) before we go on. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export interface SliceOptions {
  signal?: AbortSignal;
  /** Test seams. */
  now?: () => number;
  yield?: () => Promise<void>;
  sliceMs?: number;
}

/**
 * `buildSpans`, yielding to the page every `sliceMs`: the same result (live Ranges, sorted), built over several tasks.
 * Stops early (returning what it has) when `signal` aborts.
 */
export async function buildSpansInSlices<T>(map: TextMap, spans: PaintSpan<T>[], options: SliceOptions = {}): Promise<PaintedSpan<T>[]> {
  const now = options.now ?? (() => performance.now());
  const pause = options.yield ?? yieldToPage;
  const sliceMs = options.sliceMs ?? SLICE_MS;
  const out: PaintedSpan<T>[] = [];
  let sliceStart = now();
  for (let i = 0; i < spans.length; i++) {
    if (options.signal?.aborted) break;
    const s = spans[i];
    const range = rangeFor(map, s.start, s.end);
    if (range) out.push({ ...s, range });
    if ((i & 31) === 31 && now() - sliceStart > sliceMs) {
      await pause();
      sliceStart = now();
    }
  }
  return out.sort(compareSpans);
}
