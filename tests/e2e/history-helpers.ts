// The reading history's test seams (issue 15), shared by the memory and outlet specs: the background's history write
// runs after the page has its answer, so a spec waits for it before asking what was remembered.
import type { Worker } from '@playwright/test';
import { expect } from './fixtures';

type Dramatis = { memory: { pending: Map<number, Promise<unknown>> }; db: { history: { count(): Promise<number> } } };

/** Waits for the background's history write of a tab (MemoryWriter.pending, through the test build's seam). */
export async function historyWritten(worker: Worker, tabId: number): Promise<void> {
  await expect
    .poll(
      () =>
        worker.evaluate(async (id) => {
          const p = (globalThis as unknown as { dramatis: Dramatis }).dramatis.memory.pending.get(id);
          if (!p) return false;
          await p;
          return true;
        }, tabId),
      { timeout: 10_000 },
    )
    .toBe(true);
}

/** The number of remembered articles. */
export const historyCount = (worker: Worker): Promise<number> =>
  worker.evaluate(() => (globalThis as unknown as { dramatis: Dramatis }).dramatis.db.history.count());
