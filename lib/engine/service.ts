/**
 * The engine service: what runs in the engine document (`entrypoints/engine/`), in the extension's own origin, never
 * in the page. It keeps the model (loaded once, kept while the document lives) and, per tab, the last page it was sent:
 * the serialized HTML, the article's text and its analysis. The background forwards it the content scripts' requests
 * (already validated, with the tab and URL the browser reported) and asks it for a tab's analysis (popup), a card's
 * content (card frame) and the article to save.
 *
 * What goes back to a page is only `PageSpan`s: offsets, a highlight kind and an opaque key. Names of merged actors,
 * corrections and everything else stay here.
 *
 * Requests (each `{target: 'engine', ...}`), in the order a page makes them:
 *   page     {tabId, url, html, force, kinds, corrections, claimFixes?} -> PageResult
 *            (Readability on a parsed copy, the article's text read there, and its analysis: one round trip)
 *   analyze  {tabId, url, text, kinds, corrections} -> PageAnalysis
 *            (only when the live page's text differs from the copy's: the page's own text is analysed)
 *   card     {tabId, url, key}           -> EngineCard | null        (only keys of that tab's current analysis)
 *   tab-analysis {tabId}                 -> TabAnalysis | null       (popup)
 *   article  {tabId}                     -> ArticlePayload           (save)
 *   forget   {tabId}                     -> true                     (tab closed)
 *   memory   {tabId, url}                 -> MemoryDraft | null       (the reading history's record of the page)
 */
import { analyze, hasActorModel, setActorModel } from '../nlp';
import type { Actor, Analysis, Claim, Corrections } from '../nlp/types';
import type { ArticleLocator } from '../page/article-locator';
import { extractArticle } from '../extract/extract';
import { locateArticle } from '../page/article-root';
import { decideLanguage } from '../page/language';
import type { ArticlePayload, OptionKind, PageAnalysis, PageResult, PageSpan, SourceChoice, TabAnalysis } from '../messaging/protocol';
import { textHash } from '../page/text-hash';
import { memoryDraft, type MemoryDraft } from '../memory/record';
import { applyClaimSourceFixes, type ClaimSourceFix } from '../store/claim-source-fixes';

export type EngineRequest =
  | { target: 'engine'; type: 'page'; tabId: number; url: string; html: string; force: boolean; kinds: OptionKind[]; corrections: Corrections; claimFixes?: ClaimSourceFix[] }
  | { target: 'engine'; type: 'analyze'; tabId: number; url: string; text: string; kinds: OptionKind[]; corrections: Corrections; claimFixes?: ClaimSourceFix[] }
  | { target: 'engine'; type: 'card'; tabId: number; url: string; key: string }
  | { target: 'engine'; type: 'tab-analysis'; tabId: number }
  | { target: 'engine'; type: 'article'; tabId: number }
  | { target: 'engine'; type: 'forget'; tabId: number }
  | { target: 'engine'; type: 'memory'; tabId: number; url: string };

/** A card's content as the engine knows it (the background adds the user's card from the store). */
export type EngineCard =
  | { kind: 'actor'; actor: Actor }
  | { kind: 'claim'; claim: Claim; sourceName?: string; /** The choices for "wrong source". */ actors: SourceChoice[] };

interface TabRecord {
  url: string;
  html?: string;
  locator?: ArticleLocator;
  text?: string;
  analysis?: Analysis;
}

export interface EngineServiceOptions {
  /** Reads the model file (`/model/actors.bin`); called once, on the first analysis. */
  loadModel: () => Promise<Uint8Array>;
  /** Parses HTML into an inert document (DOMParser in the browser). */
  parseHtml: (html: string) => Document;
  /** Time budget handed to `analyze()`, in milliseconds. */
  budgetMs?: number;
}

export function isEngineRequest(message: unknown): message is EngineRequest {
  return typeof message === 'object' && message !== null && (message as { target?: unknown }).target === 'engine';
}

/** Spans for the page: actor mentions keyed "a<actor index>", claims "c<claim index>", filtered by the user's kinds. */
export function pageSpans(analysis: Analysis, kinds: readonly OptionKind[]): PageSpan[] {
  const on = new Set(kinds);
  const spans: PageSpan[] = [];
  analysis.actors.forEach((actor, i) => {
    if (!on.has(actor.type)) return;
    for (const m of actor.mentions) spans.push({ kind: actor.type, start: m.start, end: m.end, key: `a${i}` });
  });
  if (on.has('claim')) {
    analysis.claims.forEach((claim, i) =>
      spans.push({ kind: claim.source?.anonymous ? 'claim-anonymous' : 'claim-named', start: claim.start, end: claim.end, key: `c${i}` }),
    );
  }
  return spans;
}

export class EngineService {
  private readonly tabs = new Map<number, TabRecord>();
  private model?: Promise<void>;

  constructor(private readonly options: EngineServiceOptions) {}

  /** Loads the model now rather than on the first analysis (the engine document calls this as it opens). */
  preload(): Promise<void> {
    this.model ??= hasActorModel()
      ? Promise.resolve()
      : this.options.loadModel().then(setActorModel, (error: unknown) => {
          this.model = undefined; // try again on the next analysis
          throw error;
        });
    return this.model;
  }

  async handle(request: EngineRequest): Promise<unknown> {
    switch (request.type) {
      case 'page':
        return this.page(request);
      case 'analyze':
        return this.analyze(request.tabId, request.url, request.text, request.kinds, request.corrections, request.claimFixes);
      case 'card':
        return this.card(request.tabId, request.url, request.key);
      case 'tab-analysis':
        return this.tabAnalysis(request.tabId);
      case 'article':
        return this.article(request.tabId);
      case 'forget':
        return this.tabs.delete(request.tabId);
      case 'memory':
        return this.memory(request.tabId, request.url);
    }
  }

  private async page(request: Extract<EngineRequest, { type: 'page' }>): Promise<PageResult> {
    const { tabId, url, html } = request;
    const located = locateArticle(this.options.parseHtml(html));
    // A new page in this tab: what was known about the previous one goes.
    this.tabs.set(tabId, { url, html, locator: located?.locator });
    if (!located) return { locator: null };
    const { locator, text } = located;
    if (!locator.readerable && !request.force) return { locator };
    const analysis = await this.analyze(tabId, url, text, request.kinds, request.corrections, request.claimFixes);
    return { locator, analysis, text: { length: text.length, hash: textHash(text) } };
  }

  private async analyze(
    tabId: number,
    url: string,
    text: string,
    kinds: OptionKind[],
    corrections: Corrections,
    claimFixes: readonly ClaimSourceFix[] = [],
  ): Promise<PageAnalysis> {
    const record = this.tabs.get(tabId);
    const same = record && record.url === url ? record : { url };
    const language = decideLanguage(same.locator?.lang ?? null, text);
    if (!language.english) {
      this.tabs.set(tabId, { ...same, text: undefined, analysis: undefined });
      return { status: 'not-english', lang: language.lang };
    }
    await this.preload();
    // The page's "wrong source" fixes (made from its card or the popup) apply after the analysis, as saving applies them.
    const analysis = applyClaimSourceFixes(analyze(text, { corrections, ...(this.options.budgetMs ? { budgetMs: this.options.budgetMs } : {}) }), claimFixes);
    this.tabs.set(tabId, { ...same, text, analysis });
    return { status: 'ready', spans: pageSpans(analysis, kinds) };
  }

  private card(tabId: number, url: string, key: string): EngineCard | null {
    const record = this.tabs.get(tabId);
    if (!record?.analysis || record.url !== url) return null;
    const index = Number(key.slice(1));
    if (key[0] === 'a') {
      const actor = record.analysis.actors[index];
      return actor ? { kind: 'actor', actor } : null;
    }
    const claim = record.analysis.claims[index];
    if (!claim) return null;
    const source = claim.source?.actorId ? record.analysis.actors.find((a) => a.id === claim.source!.actorId) : undefined;
    const actors = record.analysis.actors.map((a) => ({ id: a.id, name: a.name, type: a.type }));
    return { kind: 'claim', claim, sourceName: source?.name, actors };
  }

  /** The compact record the reading history keeps of the tab's current analysis (built here, off the page). */
  private memory(tabId: number, url: string): MemoryDraft | null {
    const record = this.tabs.get(tabId);
    if (!record?.analysis || record.text === undefined || record.url !== url) return null;
    const { locator } = record;
    return memoryDraft({
      url: record.url,
      title: locator?.title || record.url,
      site: locator?.siteName ?? siteOf(record.url),
      byline: locator?.byline,
      published: locator?.publishedTime,
      text: record.text,
      analysis: record.analysis,
    });
  }

  private tabAnalysis(tabId: number): TabAnalysis | null {
    const record = this.tabs.get(tabId);
    if (!record?.analysis) return null;
    return { url: record.url, title: record.locator?.title || record.url, analysis: record.analysis };
  }

  private article(tabId: number): ArticlePayload {
    const record = this.tabs.get(tabId);
    if (!record?.analysis || record.text === undefined) throw new Error('This page has not been analysed yet.');
    const { locator, text } = record;
    // The readable HTML for the reader view (Readability on a copy, noise dropped, sanitized); the text stays the one
    // analysed, so the stored offsets hold.
    let readable: ReturnType<typeof extractArticle> = null;
    if (record.html) {
      try {
        const doc = this.options.parseHtml(record.html);
        if (doc.head && !doc.querySelector('base[href]')) {
          const base = doc.createElement('base');
          base.setAttribute('href', record.url);
          doc.head.prepend(base);
        }
        readable = extractArticle(doc, record.url);
      } catch {
        readable = null;
      }
    }
    const canonical = locator?.canonicalUrl ? absoluteUrl(locator.canonicalUrl, record.url) : undefined;
    return {
      url: record.url,
      canonicalUrl: canonical && /^https?:/.test(canonical) ? canonical : undefined,
      title: locator?.title || readable?.title || record.url,
      byline: locator?.byline ?? readable?.byline ?? undefined,
      site: locator?.siteName ?? siteOf(record.url),
      published: locator?.publishedTime ?? readable?.published ?? undefined,
      excerpt: text.slice(0, 280).replace(/\s+/g, ' ').trim(),
      text,
      html: readable?.html,
      analysis: record.analysis,
    };
  }
}

function absoluteUrl(href: string, base: string): string | undefined {
  try {
    return new URL(href, base).href;
  } catch {
    return undefined;
  }
}

function siteOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}
