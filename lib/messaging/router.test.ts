import { describe, expect, it, vi } from 'vitest';
import { route, type RouterContext } from './router';

function context() {
  const handlers = {
    getPageConfig: vi.fn(async (host: string) => ({ enabled: host !== 'off.example' })),
    loadPageScript: vi.fn(async () => true),
    analyzePage: vi.fn(async () => ({ locator: null })),
    analyzeText: vi.fn(async () => ({ status: 'ready' as const, spans: [] })),
    showCard: vi.fn(async () => true),
    saveTab: vi.fn(async (tabId: number) => ({ id: 1, url: `https://news.example/${tabId}` })),
    getTabAnalysis: vi.fn(async () => null),
    cardClosed: vi.fn(async () => undefined),
    openActor: vi.fn(async () => true),
    correctActor: vi.fn(async () => ({ id: 7, name: 'Baghdad' })),
    correctClaimSource: vi.fn(async () => ({ id: 8 })),
    undoCorrection: vi.fn(async () => true),
  };
  const ctx: RouterContext = { extensionId: 'ext', extensionOrigin: 'chrome-extension://ext/', handlers };
  return { ctx, handlers };
}
const contentSender = { id: 'ext', url: 'https://news.example/a', frameId: 0, tab: { id: 3, url: 'https://news.example/a' } };
const popupSender = { id: 'ext', url: 'chrome-extension://ext/popup.html' };
const cardSender = { id: 'ext', url: 'chrome-extension://ext/card.html', frameId: 4, tab: { id: 3, url: 'https://news.example/a' } };
const tab3 = { tabId: 3, frameId: 0, url: 'https://news.example/a', host: 'news.example' };

describe('background message router', () => {
  it('answers a content script with the switch of its own site, and no corrections', async () => {
    const { ctx, handlers } = context();
    const reply = await route({ type: 'get-page-config', host: 'news.example' }, contentSender, ctx);
    expect(reply).toEqual({ ok: true, value: { enabled: true } });
    expect(handlers.getPageConfig).toHaveBeenCalledWith('news.example');
  });

  it('refuses a content script asking for another site', async () => {
    const { ctx, handlers } = context();
    const reply = await route({ type: 'get-page-config', host: 'other.example' }, contentSender, ctx);
    expect(reply.ok).toBe(false);
    expect(handlers.getPageConfig).not.toHaveBeenCalled();
  });

  it('hands the engine requests the tab and URL the browser reports, not ones the page could claim', async () => {
    const { ctx, handlers } = context();
    await route({ type: 'analyze-text', text: 'Mike Pompeo said.' }, contentSender, ctx);
    expect(handlers.analyzeText).toHaveBeenCalledWith(tab3, 'Mike Pompeo said.');
    await route({ type: 'analyze-page', html: '<p>x</p>', force: false }, contentSender, ctx);
    expect(handlers.analyzePage).toHaveBeenCalledWith(tab3, '<p>x</p>', false);
    expect((await route({ type: 'analyze-text', text: 'x', url: 'https://bank.example/' }, contentSender, ctx)).ok).toBe(false);
  });

  it('asks for cards by opaque span key only', async () => {
    const { ctx, handlers } = context();
    expect(await route({ type: 'show-card', key: 'a12' }, contentSender, ctx)).toEqual({ ok: true, value: true });
    expect(handlers.showCard).toHaveBeenCalledWith(tab3, 'a12');
    for (const key of ['Mike Pompeo', 'a', 'x1', 'a1 ', 'c1234567']) {
      expect((await route({ type: 'show-card', key }, contentSender, ctx)).ok).toBe(false);
    }
    expect(handlers.showCard).toHaveBeenCalledTimes(1);
  });

  it('the keyboard path may ask for the card to take focus (only `focus: true`, nothing else)', async () => {
    const { ctx, handlers } = context();
    expect(await route({ type: 'show-card', key: 'c3', focus: true }, contentSender, ctx)).toEqual({ ok: true, value: true });
    expect(handlers.showCard).toHaveBeenCalledWith(tab3, 'c3', true);
    for (const focus of [false, 'yes', 1]) expect((await route({ type: 'show-card', key: 'c3', focus }, contentSender, ctx)).ok).toBe(false);
    expect(handlers.showCard).toHaveBeenCalledTimes(1);
  });

  it('refuses content-script requests from sub-frames (only the top frame runs Dramatis)', async () => {
    const { ctx, handlers } = context();
    expect(await route({ type: 'show-card', key: 'a1' }, { ...contentSender, frameId: 2 }, ctx)).toEqual({ ok: false, error: 'unknown sender' });
    expect(handlers.showCard).not.toHaveBeenCalled();
  });

  it('refuses a content script trying what only extension pages may do', async () => {
    const { ctx, handlers } = context();
    for (const message of [
      { type: 'save-tab', tabId: 3 },
      { type: 'get-tab-analysis', tabId: 3 },
      { type: 'card-closed' },
      { type: 'open-actor', name: 'Mike Pompeo', actorType: 'person' },
    ]) {
      expect(await route(message, contentSender, ctx)).toEqual({ ok: false, error: 'invalid message' });
    }
    expect(handlers.saveTab).not.toHaveBeenCalled();
    expect(handlers.getTabAnalysis).not.toHaveBeenCalled();
    expect(handlers.openActor).not.toHaveBeenCalled();
  });

  it('lets the popup save a tab and read its analysis', async () => {
    const { ctx, handlers } = context();
    const reply = await route({ type: 'save-tab', tabId: 7 }, popupSender, ctx);
    expect(reply).toEqual({ ok: true, value: { id: 1, url: 'https://news.example/7' } });
    expect(handlers.saveTab).toHaveBeenCalledWith(7);
    await route({ type: 'get-tab-analysis', tabId: 7 }, popupSender, ctx);
    expect(handlers.getTabAnalysis).toHaveBeenCalledWith(7);
  });

  it('lets the card frame close itself and open an actor page, for its own tab only', async () => {
    const { ctx, handlers } = context();
    await route({ type: 'card-closed' }, cardSender, ctx);
    expect(handlers.cardClosed).toHaveBeenCalledWith(3);
    await route({ type: 'open-actor', name: 'Mike Pompeo', actorType: 'person' }, cardSender, ctx);
    expect(handlers.openActor).toHaveBeenCalledWith('Mike Pompeo', 'person');
    expect((await route({ type: 'open-actor', name: '', actorType: 'person' }, cardSender, ctx)).ok).toBe(false);
    // The card frame cannot save or read analyses; the popup cannot pretend to be a card frame.
    expect((await route({ type: 'save-tab', tabId: 3 }, cardSender, ctx)).ok).toBe(false);
    expect((await route({ type: 'get-tab-analysis', tabId: 5 }, cardSender, ctx)).ok).toBe(false);
    expect((await route({ type: 'card-closed' }, popupSender, ctx)).ok).toBe(false);
    expect(handlers.saveTab).not.toHaveBeenCalled();
    expect(handlers.cardClosed).toHaveBeenCalledTimes(1);
  });

  it('one-click corrections come from the card frame (its own tab) or the popup (a tab it names), never from a page', async () => {
    const { ctx, handlers } = context();
    const fix = { type: 'correct-actor', key: 'a4', change: { kind: 'type', type: 'organization' } };
    expect(await route(fix, cardSender, ctx)).toEqual({ ok: true, value: { id: 7, name: 'Baghdad' } });
    expect(handlers.correctActor).toHaveBeenCalledWith({ tabId: 3, url: 'https://news.example/a' }, 'a4', { kind: 'type', type: 'organization' });
    expect((await route({ type: 'correct-actor', key: 'a4', change: { kind: 'not-actor' } }, cardSender, ctx)).ok).toBe(true);
    expect(await route({ type: 'undo-correction', id: 7 }, cardSender, ctx)).toEqual({ ok: true, value: true });
    expect(handlers.undoCorrection).toHaveBeenCalledWith(3, 7);
    // Not from a content script, not from the popup without naming its tab, not from the card frame naming a tab,
    // and not with a claim key, a name, another type or extra fields.
    expect((await route(fix, popupSender, ctx)).ok).toBe(false);
    expect((await route(fix, contentSender, ctx)).ok).toBe(false);
    expect((await route({ ...fix, tabId: 3 }, contentSender, ctx)).ok).toBe(false);
    expect((await route({ ...fix, tabId: 9 }, cardSender, ctx)).ok).toBe(false);
    expect((await route({ type: 'undo-correction', id: 7, tabId: 9 }, cardSender, ctx)).ok).toBe(false);
    for (const bad of [
      { ...fix, key: 'c4' },
      { ...fix, key: 'Baghdad' },
      { ...fix, change: { kind: 'type', type: 'city' } },
      { ...fix, change: { kind: 'rename', to: 'x' } },
      { ...fix, name: 'Baghdad' },
      { type: 'undo-correction', id: 0 },
      { type: 'undo-correction', id: '7' },
    ]) {
      expect((await route(bad, cardSender, ctx)).ok).toBe(false);
    }
    expect(handlers.correctActor).toHaveBeenCalledTimes(2);
    expect(handlers.undoCorrection).toHaveBeenCalledTimes(1);
    // The popup names the tab it shows (the handler reads that tab's URL itself).
    expect((await route({ ...fix, tabId: 5 }, popupSender, ctx)).ok).toBe(true);
    expect(handlers.correctActor).toHaveBeenLastCalledWith({ tabId: 5 }, 'a4', { kind: 'type', type: 'organization' });
    expect((await route({ type: 'undo-correction', id: 7, tabId: 5 }, popupSender, ctx)).ok).toBe(true);
    expect(handlers.undoCorrection).toHaveBeenLastCalledWith(5, 7);
  });

  it('"wrong source" takes a claim key and an actor id or null, from the card frame or the popup', async () => {
    const { ctx, handlers } = context();
    const fix = { type: 'correct-claim-source', key: 'c2', source: 'a-jane-doe' };
    expect(await route(fix, cardSender, ctx)).toEqual({ ok: true, value: { id: 8 } });
    expect(handlers.correctClaimSource).toHaveBeenCalledWith({ tabId: 3, url: 'https://news.example/a' }, 'c2', 'a-jane-doe');
    expect((await route({ ...fix, source: null, tabId: 4 }, popupSender, ctx)).ok).toBe(true);
    expect(handlers.correctClaimSource).toHaveBeenLastCalledWith({ tabId: 4 }, 'c2', null);
    for (const bad of [{ ...fix, key: 'a2' }, { ...fix, source: '' }, { ...fix, source: 3 }, { type: 'correct-claim-source', key: 'c2' }, { ...fix, text: 'x' }]) {
      expect((await route(bad, cardSender, ctx)).ok).toBe(false);
    }
    expect((await route(fix, contentSender, ctx)).ok).toBe(false);
    expect((await route(fix, popupSender, ctx)).ok).toBe(false);
    expect(handlers.correctClaimSource).toHaveBeenCalledTimes(2);
  });

  it('leaves messages addressed to the engine or the card frame alone', async () => {
    const { ctx, handlers } = context();
    expect((await route({ target: 'engine', type: 'analyze', tabId: 1, text: 'x' }, popupSender, ctx)).ok).toBe(false);
    expect(handlers.analyzeText).not.toHaveBeenCalled();
  });

  it.each([
    ['a foreign extension', { ...contentSender, id: 'other' }],
    ['a sender without a tab', { id: 'ext', url: 'https://news.example/a' }],
    ['a file: page', { id: 'ext', url: 'file:///x.html', frameId: 0, tab: { id: 1, url: 'file:///x.html' } }],
  ])('refuses %s', async (_name, sender) => {
    const { ctx } = context();
    expect(await route({ type: 'show-card', key: 'a1' }, sender, ctx)).toEqual({ ok: false, error: 'unknown sender' });
  });

  it.each([
    ['no type', {}],
    ['an unknown type', { type: 'delete-everything' }],
    ['extra fields', { type: 'show-card', key: 'a1', sql: 'drop' }],
    ['a non-object', 'show-card'],
    ['a negative tab id', { type: 'save-tab', tabId: -1 }],
    ['an oversized text', { type: 'analyze-text', text: 'x'.repeat(5_000_001) }],
  ])('rejects a message with %s', async (_name, message) => {
    const { ctx, handlers } = context();
    expect((await route(message, contentSender, ctx)).ok).toBe(false);
    expect((await route(message, popupSender, ctx)).ok).toBe(false);
    expect(handlers.showCard).not.toHaveBeenCalled();
    expect(handlers.analyzeText).not.toHaveBeenCalled();
    expect(handlers.saveTab).not.toHaveBeenCalled();
  });

  it('turns a handler failure into an error reply', async () => {
    const { ctx, handlers } = context();
    handlers.saveTab.mockRejectedValueOnce(new Error('QuotaExceededError'));
    expect(await route({ type: 'save-tab', tabId: 1 }, popupSender, ctx)).toEqual({ ok: false, error: 'QuotaExceededError' });
  });
});
