import { describe, expect, it, vi } from 'vitest';
import { reachTab, type ReachDeps } from './reach-tab';

const OK = { ok: true as const, value: 'state' };

function deps(over: Partial<ReachDeps<string>> & { answers?: (typeof OK | null)[] } = {}) {
  const answers = [...(over.answers ?? [])];
  return {
    ask: vi.fn(async () => (answers.length ? answers.shift()! : null)),
    tab: vi.fn(async () => ({ status: 'complete', url: 'https://news.example/a' })),
    waitComplete: vi.fn(async () => true),
    sleep: vi.fn(async () => undefined),
    onWaiting: vi.fn(),
    ...over,
  };
}

describe('reachTab', () => {
  it('an answer at once: no waiting', async () => {
    const d = deps({ answers: [OK] });
    expect(await reachTab(d)).toEqual({ kind: 'reply', reply: OK });
    expect(d.tab).not.toHaveBeenCalled();
    expect(d.onWaiting).not.toHaveBeenCalled();
  });

  it('a page still loading: says it waits, waits for it to complete, then gets the answer', async () => {
    let loaded = false;
    // Nothing answers until the page has loaded and its script started (the second ask after loading).
    const ask = vi.fn(async () => (loaded && ask.mock.calls.length >= 3 ? OK : null));
    const waitComplete = vi.fn(async () => {
      loaded = true;
      return true;
    });
    const d = {
      ...deps(),
      ask,
      waitComplete,
      tab: vi.fn(async () => ({ status: loaded ? 'complete' : 'loading', url: 'https://news.example/a' })),
    };
    expect(await reachTab(d)).toEqual({ kind: 'reply', reply: OK });
    expect(d.onWaiting).toHaveBeenCalledTimes(1);
    expect(d.waitComplete).toHaveBeenCalledWith(60_000);
    expect(d.waitComplete.mock.invocationCallOrder[0]).toBeLessThan(d.ask.mock.invocationCallOrder[1]);
  });

  it('a web page whose script never started: "not started" (reload), not "off limits"', async () => {
    const d = deps();
    expect(await reachTab(d, { retryDelaysMs: [1, 1] })).toEqual({ kind: 'not-started' });
    expect(d.ask).toHaveBeenCalledTimes(4); // first, two retries, last
    expect(d.onWaiting).not.toHaveBeenCalled();
  });

  it('a browser page (no URL visible to us) is off limits; a closed tab is gone', async () => {
    expect(await reachTab(deps({ tab: vi.fn(async () => ({ status: 'complete' })) }), { retryDelaysMs: [] })).toEqual({ kind: 'off-limits' });
    expect(await reachTab(deps({ tab: vi.fn(async () => null) }), { retryDelaysMs: [] })).toEqual({ kind: 'gone' });
  });

  it('an error reply is an answer too (the page speaks, and says what went wrong)', async () => {
    const err = { ok: false as const, error: 'boom' };
    expect(await reachTab(deps({ answers: [err as never] }))).toEqual({ kind: 'reply', reply: err });
  });
});
