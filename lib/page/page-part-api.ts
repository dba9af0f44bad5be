/**
 * How the two halves of the content script meet. The loader (`entrypoints/content/`, on every page) asks the background
 * to inject the page part (`entrypoints/page-part/`) once a page passed the cheap checks; the page part runs in the same
 * isolated world and registers its factory under `PAGE_PART_GLOBAL`, where the loader picks it up. Types only, plus the
 * key: nothing here may grow the loader.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageConfig, PageStatus, Reply } from '../messaging/protocol';
import type { TabRequest } from '../messaging/tab-request';

export const PAGE_PART_GLOBAL = '__dramatisPagePart';

export interface PagePartState {
  status: PageStatus;
  reason?: string;
  title?: string;
  highlightsVisible: boolean;
}

export interface PagePart {
  /** Finds the article, sends it for analysis and paints; `force` analyses pages that do not look like articles. */
  run(force: boolean): Promise<void>;
  state(): PagePartState;
  /** Requests other than get-state and analyze (highlights, jump, hide-card). */
  handle(request: TabRequest): Promise<Reply<unknown>>;
}

export type CreatePagePart = (ctx: ContentScriptContext, config: PageConfig) => PagePart;
