import { browser } from 'wxt/browser';
import { PageLoader } from './loader';

/**
 * The content script every http(s) page gets: small on purpose (it is loaded everywhere). It runs the cheap checks and
 * loads the page part only where Dramatis will run; the engine, the cards and the user's data never come here.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const loader = new PageLoader(ctx);
    const listener = (message: unknown, sender: { id?: string }, sendResponse: (r: unknown) => void) => {
      void loader.handle(message, sender).then(sendResponse);
      return true;
    };
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
    await loader.start();
  },
});
