import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, Claim } from '../nlp/types';
import type { DramatisDB } from '../store/db';
import { rememberArticle } from '../store/history';
import { testDb } from '../store/test-db';
import { CardMemoryReader, historyActorKey } from './card-memory';
import { memoryDraft, type MemoryDraft } from './record';
import { analysisOf, span } from './test-analysis';

const DAY = 24 * 3600 * 1000;
const T0 = Date.UTC(2026, 2, 2, 9);

function page(url: string, site: string, text: string, speaker: string, quote: string): MemoryDraft {
  const actors: Actor[] = [{ id: 'a0', name: speaker, type: 'person', mentions: [span(text, speaker)], aliases: [] }];
  const claims: Claim[] = [{ ...span(text, quote), kind: 'direct', source: { ...span(text, speaker), anonymous: false, actorId: 'a0' } }];
  return memoryDraft({ url, title: `Story on ${site}`, site, text, analysis: analysisOf(actors, claims) });
}

const QUOTE = 'The harbour bridge will reopen in May and not a day later';
const first = page('https://harbour.example/1', 'Harbour Times', `"${QUOTE}," Rui Valente said.`, 'Rui Valente', QUOTE);
const second = page('https://other.example/2', 'Other News', `"${QUOTE}," Ana Ferraz said.`, 'Ana Ferraz', QUOTE);
// The page being read now (its own record is written too, as the background does before a card is opened).
const third = page('https://third.example/3?utm_source=x', 'Third Daily', `"${QUOTE.replace(' and', ',')}," Rui Valente said.`, 'Rui Valente', QUOTE.replace(' and', ','));

let db: DramatisDB;
beforeAll(async () => {
  db = testDb();
  await rememberArticle(db, first, { incognito: false, now: T0 });
  await rememberArticle(db, second, { incognito: false, now: T0 + 3 * DAY });
  await rememberArticle(db, third, { incognito: false, now: T0 + 9 * DAY });
});
afterAll(() => db.delete());

const reader = () => new CardMemoryReader(db, async (_tab, url) => (url === third.url ? third : null));
const tab = { tabId: 7, url: third.url };

describe('CardMemoryReader', () => {
  it("an actor card: the other articles naming the actor, this page not counted", async () => {
    expect(await reader().forCard(tab, { kind: 'actor', actor: { name: 'Rui Valente', type: 'person' } })).toEqual({ kind: 'actor', articles: 1, first: T0, last: T0 });
  });

  it('an actor the history has seen only on this page: no line', async () => {
    const fresh = { ...third, actors: [{ ...third.actors[0], key: 'person:nobody else', name: 'Nobody Else' }] };
    const r = new CardMemoryReader(db, async () => fresh);
    expect(await r.forCard(tab, { kind: 'actor', actor: { name: 'Nobody Else', type: 'person' } })).toBeUndefined();
  });

  it('a claim card: seen in two other articles, first on the first, flagged for the other speaker, with the word change', async () => {
    const m = await reader().forCard(tab, { kind: 'claim', claim: { text: QUOTE.replace(' and', ',') } });
    expect(m?.kind).toBe('claim');
    if (m?.kind !== 'claim') return;
    expect(m.seen.matches.map((x) => [x.site, x.readAt, x.source, x.otherSource])).toEqual([
      ['Harbour Times', T0, 'Rui Valente', false],
      ['Other News', T0 + 3 * DAY, 'Ana Ferraz', true],
    ]);
    expect(m.seen.otherSource).toBe(true);
    expect(m.seen.matches[0].diff?.filter((d) => d.kind !== 'same').map((d) => [d.kind, d.text.trim()])).toEqual([
      ['removed', 'and'],
      ['added', ','],
    ]);
  });

  it('a claim card counts outlets as the actor page does: by registrable domain, named by site, first reading first', async () => {
    const m = await reader().forCard(tab, { kind: 'claim', claim: { text: QUOTE.replace(' and', ',') } });
    expect(m?.kind === 'claim' && m.seen.outlets).toEqual(['Harbour Times', 'Other News']);
    // Two hosts of one domain, under two site names: one outlet (named by the newer of two names used once each).
    const d2 = testDb();
    await rememberArticle(d2, page('https://news.paper.co.uk/1', 'The Paper', `"${QUOTE}," Rui Valente said.`, 'Rui Valente', QUOTE), { incognito: false, now: T0 });
    await rememberArticle(d2, page('https://www.paper.co.uk/2', 'The Paper Sport', `"${QUOTE}," Ana Ferraz said.`, 'Ana Ferraz', QUOTE), { incognito: false, now: T0 + DAY });
    const r2 = new CardMemoryReader(d2, async () => null);
    const m2 = await r2.forCard({ tabId: 1, url: 'https://elsewhere.example/3' }, { kind: 'claim', claim: { text: QUOTE } });
    expect(m2?.kind === 'claim' && [m2.seen.matches.length, m2.seen.outlets]).toEqual([2, ['The Paper Sport']]);
    await d2.delete();
  });

  it('a claim never read elsewhere: no line', async () => {
    expect(await reader().forCard(tab, { kind: 'claim', claim: { text: 'Ferries will run every hour from the old pier on Sundays' } })).toBeUndefined();
  });

  it('the actor page of an actor without a card: its history key when the history knows it, else none', async () => {
    expect(await historyActorKey(db, 'Rui Valente', 'person')).toBe('person:rui valente');
    expect(await historyActorKey(db, 'Someone Never Read', 'person')).toBeNull();
  });
});
