/**
 * The memory lines of the in-page cards, answered by the background and sent only to the extension-origin card frame
 * (never to the content script): an actor card's "in 14 articles you read since March, last on …", a claim card's
 * "also in 3 other articles; first seen … on …" with the other outlets, the word-level change and a flag when another
 * source was named. The page's own record is not counted. The actor's and the claim's history keys come from the
 * engine's record of the page (the same one the history keeps), so a card looks up what the history wrote.
 */
import type { DramatisDB } from '../store/db';
import { historyIdentity } from '../store/history-names';
import { actorLine, seenBefore, type ActorLine, type SeenBefore } from '../store/history-queries';
import { actorKey, normalizeName } from '../store/names';
import { normalizeUrl } from '../store/normalize-url';
import type { ActorType } from '../nlp/types';
import type { MemoryDraft } from './record';
import { claimWords } from './claim-match';
import { outletsInOrder } from './outlets';

/** For a claim, `seen.outlets` are the outlets of the earlier readings in the order first seen (outletsInOrder). */
export type CardMemory = ({ kind: 'actor' } & ActorLine) | { kind: 'claim'; seen: SeenBefore };

/** What a card shows, as far as the memory needs it. */
export type CardSubject = { kind: 'actor'; actor: { name: string; type: ActorType } } | { kind: 'claim'; claim: { text: string } };

export class CardMemoryReader {
  constructor(
    private readonly db: DramatisDB,
    /** The engine's record of the tab's current analysis at this URL. */
    private readonly draft: (tabId: number, url: string) => Promise<MemoryDraft | null>,
  ) {}

  /** The line for a card of the page at `url` in `tabId`; undefined when the history has nothing to say. */
  async forCard(tab: { tabId: number; url: string }, subject: CardSubject): Promise<CardMemory | undefined> {
    const draft = await this.draft(tab.tabId, tab.url);
    // The history keeps URLs normalized (normalize-url.ts): this page's record is left out by that form.
    let here = tab.url;
    try {
      here = normalizeUrl(tab.url);
    } catch {
      // not a URL the history would keep: nothing to leave out
    }
    if (subject.kind === 'actor') {
      const name = normalizeName(subject.actor.name);
      const mine = draft?.actors.find((a) => normalizeName(a.name) === name);
      const line = await actorLine(this.db, mine?.key ?? actorKey(subject.actor.type, subject.actor.name), here);
      return line.articles ? { kind: 'actor', ...line } : undefined;
    }
    // The draft keeps at most MAX_CLAIM_CHARS of a claim: the page's claim is found by its first words.
    const words = claimWords(subject.claim.text).join(' ');
    const mine = draft?.claims.find((c) => words.startsWith(claimWords(c.text).join(' ')));
    const probe = mine ?? { text: subject.claim.text, source: null, sourceKey: null, anonymous: false };
    // The claim index is the background's resident one (history-seen-index.ts), loaded at the first lookup.
    const [seen] = await seenBefore(this.db, null, [probe], here);
    // Outlets by registrable domain, named by their site name, the first reading's first (outlets.ts): the same
    // outlets as the actor page and the popup count.
    return seen.matches.length ? { kind: 'claim', seen: { ...seen, outlets: outletsInOrder(seen.matches) } } : undefined;
  }
}

/** The history's key of an actor named on a page (null when the history does not know it): for its actor page. */
export async function historyActorKey(db: DramatisDB, name: string, type: ActorType): Promise<string | null> {
  const key = actorKey(type, name);
  return (await historyIdentity(db, key)) ? key : null;
}
