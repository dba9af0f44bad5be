import { describe, expect, it, vi } from 'vitest';
import { route, type RouterContext } from './router';

function context() {
  const handlers = {
    getPageConfig: vi.fn(async (host: string) => ({ enabled: host !== 'off.example', kinds: ['person' as const], corrections: {} })),
    getCards: vi.fn(async () => []),
    saveTab: vi.fn(async (tabId: number) => ({ id: 1, url: `https://news.example/${tabId}` })),
    openActor: vi.fn(async () => true),
  };
  const ctx: RouterContext = { extensionId: 'ext', extensionOrigin: 'chrome-extension://ext/', handlers };
  return { ctx, handlers };
}
const contentSender = { id: 'ext', url: 'https://news.example/a', tab: { id: 3, url: 'https://news.example/a' } };
const popupSender = { id: 'ext', url: 'chrome-extension://ext/popup.html' };

describe('background message router', () => {
  it('answers a content script with the config of its own site', async () => {
    const { ctx, handlers } = context();
    const reply = await route({ type: 'get-page-config', host: 'news.example' }, contentSender, ctx);
    expect(reply).toEqual({ ok: true, value: { enabled: true, kinds: ['person'], corrections: {} } });
    expect(handlers.getPageConfig).toHaveBeenCalledWith('news.example');
  });

  it('refuses a content script asking for another site', async () => {
    const { ctx, handlers } = context();
    const reply = await route({ type: 'get-page-config', host: 'other.example' }, contentSender, ctx);
    expect(reply.ok).toBe(false);
    expect(handlers.getPageConfig).not.toHaveBeenCalled();
  });

  it('refuses a content script trying to save (a page-only operation)', async () => {
    const { ctx, handlers } = context();
    const reply = await route({ type: 'save-tab', tabId: 3 }, contentSender, ctx);
    expect(reply).toEqual({ ok: false, error: 'invalid message' });
    expect(handlers.saveTab).not.toHaveBeenCalled();
  });

  it('lets a content script open an actor page, with a validated name and type', async () => {
    const { ctx, handlers } = context();
    expect(await route({ type: 'open-actor', name: 'Mike Pompeo', actorType: 'person' }, contentSender, ctx)).toEqual({ ok: true, value: true });
    expect(handlers.openActor).toHaveBeenCalledWith('Mike Pompeo', 'person');
    expect((await route({ type: 'open-actor', name: '', actorType: 'person' }, contentSender, ctx)).ok).toBe(false);
    expect((await route({ type: 'open-actor', name: 'x'.repeat(301), actorType: 'person' }, contentSender, ctx)).ok).toBe(false);
  });

  it('lets the popup save a tab', async () => {
    const { ctx, handlers } = context();
    const reply = await route({ type: 'save-tab', tabId: 7 }, popupSender, ctx);
    expect(reply).toEqual({ ok: true, value: { id: 1, url: 'https://news.example/7' } });
    expect(handlers.saveTab).toHaveBeenCalledWith(7);
  });

  it.each([
    ['a foreign extension', { ...contentSender, id: 'other' }],
    ['a sender without a tab', { id: 'ext', url: 'https://news.example/a' }],
    ['a file: page', { id: 'ext', url: 'file:///x.html', tab: { id: 1, url: 'file:///x.html' } }],
  ])('refuses %s', async (_name, sender) => {
    const { ctx } = context();
    expect(await route({ type: 'get-cards', actors: [] }, sender, ctx)).toEqual({ ok: false, error: 'unknown sender' });
  });

  it.each([
    ['no type', {}],
    ['an unknown type', { type: 'delete-everything' }],
    ['extra fields', { type: 'get-cards', actors: [], sql: 'drop' }],
    ['a wrong actor type', { type: 'get-cards', actors: [{ name: 'X', type: 'alien' }] }],
    ['a non-object', 'get-cards'],
    ['a negative tab id', { type: 'save-tab', tabId: -1 }],
  ])('rejects a message with %s', async (_name, message) => {
    const { ctx, handlers } = context();
    expect((await route(message, contentSender, ctx)).ok).toBe(false);
    expect((await route(message, popupSender, ctx)).ok).toBe(false);
    expect(handlers.getCards).not.toHaveBeenCalled();
    expect(handlers.saveTab).not.toHaveBeenCalled();
  });

  it('turns a handler failure into an error reply', async () => {
    const { ctx, handlers } = context();
    handlers.saveTab.mockRejectedValueOnce(new Error('QuotaExceededError'));
    expect(await route({ type: 'save-tab', tabId: 1 }, popupSender, ctx)).toEqual({ ok: false, error: 'QuotaExceededError' });
  });
});
