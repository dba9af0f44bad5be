/**
 * The background's side of the engine document: opens it when first needed and sends it requests.
 *
 * Where the engine runs, and why: in an extension page (`engine.html`), not in the service worker, because finding
 * the article needs a DOM parser (Readability) and the model should be loaded once and kept. Chrome's service worker
 * has no DOM and is stopped when idle, so Chrome gets an offscreen document (reason DOM_PARSER), which lives until the
 * browser closes it. Firefox has no offscreen API but its background is an event page with a DOM: the engine document
 * is a frame inside it, and lives as long as the background does (the model is loaded again after Firefox unloads an
 * idle background; that takes tens of milliseconds).
 */
import { browser } from 'wxt/browser';
import type { Reply } from '../messaging/protocol';
import type { EngineRequest } from './service';

const ENGINE_PAGE = '/engine.html';

interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  hasDocument?(): Promise<boolean>;
}

let opening: Promise<void> | null = null;

function openEngine(): Promise<void> {
  const offscreen = (globalThis as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;
  if (offscreen) {
    return (async () => {
      if (offscreen.hasDocument && (await offscreen.hasDocument())) return;
      try {
        await offscreen.createDocument({
          url: ENGINE_PAGE,
          reasons: ['DOM_PARSER'],
          justification: 'Finds the article in a copy of the page and analyses its text away from the page.',
        });
      } catch (error) {
        // Another request opened it meanwhile.
        if (!/single offscreen document/i.test(String(error))) throw error;
      }
    })();
  }
  // Firefox: a frame of the background page.
  return new Promise<void>((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.src = browser.runtime.getURL(ENGINE_PAGE);
    frame.addEventListener('load', () => resolve(), { once: true });
    frame.addEventListener('error', () => reject(new Error('the engine could not be loaded')), { once: true });
    document.body.append(frame);
  });
}

/** Opens the engine document once (concurrent callers share the same opening). */
export function ensureEngine(): Promise<void> {
  opening ??= openEngine().catch((error) => {
    opening = null;
    throw error;
  });
  return opening;
}

/** True when the engine document is open (closing a tab does not open it just to forget that tab). */
export function engineOpened(): boolean {
  return opening !== null;
}

type Request = EngineRequest extends infer R ? (R extends { target: 'engine' } ? Omit<R, 'target'> : never) : never;

/** Sends one request to the engine document and returns its value (throws its error). */
export async function askEngine<T>(request: Request): Promise<T> {
  await ensureEngine();
  const reply = (await browser.runtime.sendMessage({ target: 'engine', ...request })) as Reply<T> | undefined;
  if (!reply) throw new Error('The engine did not answer.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
