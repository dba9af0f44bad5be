import { browser } from 'wxt/browser';
import { PageController } from './controller';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const controller = new PageController(ctx);
    const listener = (message: unknown, sender: { id?: string }, sendResponse: (r: unknown) => void) => {
      controller.handle(message, sender).then(sendResponse);
      return true;
    };
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
    await controller.start();
  },
});
