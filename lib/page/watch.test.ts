// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchArticle, type WatchReason } from './watch';

/** Let happy-dom deliver MutationObserver records (queued as microtasks). */
async function flushObservers() {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}
/** Deliver pending records, then move the (fake) clock. */
async function wait(ms: number) {
  await flushObservers();
  vi.advanceTimersByTime(ms);
}

describe('watchArticle', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }));
  afterEach(() => vi.useRealTimers());

  function setup() {
    document.body.innerHTML = '<main><article id="a"><p id="p">One</p></article></main><aside id="ad"></aside>';
    return document.getElementById('a')!;
  }

  it('debounces a burst of changes into one call', async () => {
    const root = setup();
    const calls: WatchReason[] = [];
    const controller = new AbortController();
    watchArticle(root, (why) => calls.push(why), { signal: controller.signal, debounceMs: 30 });
    root.appendChild(document.createElement('p')).textContent = 'Two';
    await wait(20);
    document.getElementById('p')!.firstChild!.textContent = 'Uno';
    await wait(29);
    expect(calls).toEqual([]);
    await wait(1);
    expect(calls).toEqual(['changed']);
    controller.abort();
  });

  it('ignores changes outside the root', async () => {
    const root = setup();
    const calls: WatchReason[] = [];
    const controller = new AbortController();
    watchArticle(root, (why) => calls.push(why), { signal: controller.signal, debounceMs: 10 });
    document.getElementById('ad')!.textContent = 'Buy now';
    await wait(1000);
    expect(calls).toEqual([]);
    controller.abort();
  });

  it('a never-ending stream of changes still calls back after maxWaitMs', async () => {
    const root = setup();
    const calls: WatchReason[] = [];
    const controller = new AbortController();
    watchArticle(root, (why) => calls.push(why), { signal: controller.signal, debounceMs: 100, maxWaitMs: 500 });
    for (let t = 0; t < 450; t += 50) {
      root.appendChild(document.createElement('span'));
      await wait(50);
    }
    expect(calls).toEqual([]);
    root.appendChild(document.createElement('span'));
    await wait(50);
    expect(calls).toEqual(['changed']);
    controller.abort();
  });

  it('reports a detached root', async () => {
    const root = setup();
    const calls: WatchReason[] = [];
    const controller = new AbortController();
    watchArticle(root, (why) => calls.push(why), { signal: controller.signal, debounceMs: 10 });
    document.querySelector('main')!.innerHTML = '<article>new story</article>';
    await wait(1000);
    expect(calls).toEqual(['detached']);
    controller.abort();
  });

  it('filter drops records, abort stops everything', async () => {
    const root = setup();
    const calls: WatchReason[] = [];
    const controller = new AbortController();
    watchArticle(root, (why) => calls.push(why), {
      signal: controller.signal,
      debounceMs: 10,
      filter: (r) => !(r.target as Element).closest?.('[data-mine]'),
    });
    const mine = root.appendChild(document.createElement('div'));
    await wait(1000);
    expect(calls).toEqual(['changed']); // adding it was a change to the root
    mine.setAttribute('data-mine', '');
    mine.textContent = 'ui';
    await wait(1000);
    expect(calls).toEqual(['changed']);
    controller.abort();
    root.textContent = 'gone';
    await wait(1000);
    expect(calls).toEqual(['changed']);
  });
});
