import { afterEach, describe, expect, it, vi } from 'vitest';
import { testDb } from '../store/test-db';
import { memoryDraft } from './record';
import { analysisOf, span } from './test-analysis';
import { MemoryWriter } from './writer';

const text = 'Ana Lima said the bridge would open.';
const draft = memoryDraft({
  url: 'https://example.com/a',
  title: 'Bridge',
  text,
  analysis: analysisOf([{ id: 'a1', name: 'Ana Lima', type: 'person', mentions: [span(text, 'Ana Lima')] }], []),
});

const db = testDb();
afterEach(async () => {
  await db.history.clear();
  await db.historyNames.clear();
});

describe('MemoryWriter', () => {
  it('writes the engine\'s record of a tab after the answer, in order per tab', async () => {
    const ask = vi.fn(async () => draft);
    const writer = new MemoryWriter(db, { draft: ask, incognito: async () => false });
    writer.remember({ tabId: 3, url: 'https://example.com/a' });
    expect(await writer.pending.get(3)).toMatchObject({ remembered: true });
    expect(ask).toHaveBeenCalledWith(3, 'https://example.com/a');
    expect((await db.history.toArray()).map((r) => r.actorKeys)).toEqual([['person:ana lima']]);
    expect((await db.historyNames.toArray()).map((n) => n.key)).toEqual(['person:ana lima']);
  });

  it('a private window: the engine is not even asked, nothing is written', async () => {
    const ask = vi.fn(async () => draft);
    const writer = new MemoryWriter(db, { draft: ask, incognito: async () => true });
    writer.remember({ tabId: 4, url: 'https://example.com/a' });
    expect(await writer.pending.get(4)).toEqual({ remembered: false, why: 'private' });
    expect(ask).not.toHaveBeenCalled();
    expect(await db.history.count()).toBe(0);
  });

  it('a failure is logged, not thrown at the page', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const writer = new MemoryWriter(db, { draft: async () => Promise.reject(new Error('engine gone')), incognito: async () => false });
    writer.remember({ tabId: 5, url: 'https://example.com/a' });
    expect(await writer.pending.get(5)).toBeNull();
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
