/**
 * The engine document: an extension page with no UI where the analysis runs, off every web page's main thread. Chrome
 * opens it as an offscreen document, Firefox as a frame of its background page (see `lib/engine/host.ts`). It answers
 * only messages addressed to the engine (`target: 'engine'`) that come from the extension itself and not from a tab;
 * everything else is left to the background.
 */
import { browser } from 'wxt/browser';
import { EngineService, isEngineRequest } from '@/lib/engine/service';
import { EXTENSION_BUDGET_MS } from '@/lib/nlp/limits';

const service = new EngineService({
  loadModel: async () => new Uint8Array(await (await fetch(browser.runtime.getURL('/model/actors.bin'))).arrayBuffer()),
  parseHtml: (html) => new DOMParser().parseFromString(html, 'text/html'),
  // A hostile page must not keep the engine busy: past this, analyze() returns what it has (marked partial).
  budgetMs: EXTENSION_BUDGET_MS,
});
const origin = browser.runtime.getURL('/');
// The document is opened when a page is about to need it: have the model ready by then.
void service.preload().catch(() => undefined);

browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (reply: unknown) => void) => {
  if (!isEngineRequest(message)) return undefined;
  if (sender.id !== browser.runtime.id || sender.tab || !sender.url?.startsWith(origin)) return undefined;
  service.handle(message).then(
    (value) => sendResponse({ ok: true, value }),
    (error: unknown) => sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }),
  );
  return true;
});
