/**
 * Writes the reading history from the background: after the engine answered a page (the page already has its spans),
 * the engine builds the compact record of its analysis and the store writes it. Nothing here runs on the page's
 * thread or delays its answer; a failure is logged and forgotten (the history is a convenience, never in the way).
 */
import type { DramatisDB } from '../store/db';
import { rememberArticle, type RememberOutcome } from '../store/history';
import type { MemoryDraft } from './record';

export interface MemorySources {
  /** The engine's record of the tab's current analysis at this URL (null when it has none). */
  draft(tabId: number, url: string): Promise<MemoryDraft | null>;
  /** True when the tab is in a private window. */
  incognito(tabId: number): Promise<boolean>;
}

export class MemoryWriter {
  /** The last write per tab, so tests and the next read can wait for it. */
  readonly pending = new Map<number, Promise<RememberOutcome | null>>();

  constructor(
    private readonly db: DramatisDB,
    private readonly sources: MemorySources,
  ) {}

  /** Schedules the history write of a tab's current page; returns at once. */
  remember(tab: { tabId: number; url: string }): void {
    const previous = this.pending.get(tab.tabId) ?? Promise.resolve(null);
    const next = previous.then(() => this.write(tab)).catch((error: unknown) => {
      console.warn('Dramatis: the reading history could not be written:', error);
      return null;
    });
    this.pending.set(tab.tabId, next);
  }

  private async write(tab: { tabId: number; url: string }): Promise<RememberOutcome | null> {
    // Checked first, before the engine is even asked: nothing of a private window's page is built or kept.
    if (await this.sources.incognito(tab.tabId)) return { remembered: false, why: 'private' };
    const draft = await this.sources.draft(tab.tabId, tab.url);
    if (!draft) return null;
    return rememberArticle(this.db, draft, { incognito: false });
  }
}
