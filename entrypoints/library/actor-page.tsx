import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { ActorCard, type CountryFacts } from '@/components/actor-card';
import { EmptyState } from '@/components/empty-state';
import { LoadingState } from '@/components/loading-state';
import { ActorMemorySection } from '@/components/memory/actor-memory-section';
import { COUNTRIES } from '@/lib/kb';
import { LookupError, lookupWikipedia } from '@/lib/lookup/wikipedia';
import type { ActorType, ClaimKind } from '@/lib/nlp/types';
import { getActorReading, listCards, markNotActor, mergeActors, renameActor, setActorType, setNote, setSummary } from '@/lib/store/cards';
import { getSettings } from '@/lib/store/settings';
import { db } from './db';

const openActor = (key: string) => (location.hash = `#/actor/${encodeURIComponent(key)}`);

function countryFacts(kb: string | null): CountryFacts | undefined {
  const c = kb ? COUNTRIES.find((x) => x.id === kb) : undefined;
  return c ? { capital: c.capitals[0], demonym: c.demonyms[0] } : undefined;
}

/** An actor's page: the card with roles seen, note, background, "in your reading", and the user's corrections. */
export function ActorPage({ cardKey }: { cardKey: string }) {
  const data = useLiveQuery(
    async () => ({ reading: await getActorReading(db, cardKey), settings: await getSettings(db), cards: await listCards(db) }),
    [cardKey],
  );
  const [lookup, setLookup] = useState<{ loading: boolean; message?: string; choices?: { title: string; description?: string }[] }>({
    loading: false,
  });
  const [error, setError] = useState<string | null>(null);
  const back = (
    <a className="dr-btn dr-btn--small dr-btn--ghost" href="#/">
      ← Reading list
    </a>
  );
  if (!data) return <LoadingState label="Opening the card…" />;
  const { reading, settings, cards } = data;
  if (!reading) {
    return (
      <main className="dr dr-library">
        {back}
        <EmptyState title="No card for this actor.">It may have been merged into another one or marked “not an actor”.</EmptyState>
        <ActorMemorySection db={db} actorKey={cardKey} onOpenActor={openActor} />
      </main>
    );
  }
  const card = reading.card;
  const act = (work: Promise<unknown>) => void work.catch((e) => setError(e instanceof Error ? e.message : String(e)));

  const runLookup = async (title: string) => {
    setLookup({ loading: true });
    try {
      const result = await lookupWikipedia(title);
      if (result.kind === 'summary') {
        await setSummary(db, card.key, result.summary);
        setLookup({ loading: false });
      } else if (result.choices.length === 0) {
        setLookup({ loading: false, message: 'Wikipedia lists several pages for this name, but none could be offered.' });
      } else {
        setLookup({ loading: false, choices: result.choices, message: 'Several Wikipedia pages have this name. Which one is it?' });
      }
    } catch (e) {
      setLookup({ loading: false, message: e instanceof LookupError ? e.message : 'The lookup failed.' });
    }
  };

  return (
    <main className="dr dr-library">
      <nav className="dr-library__bar">{back}</nav>
      {/* The page's own heading (the card's name below is its h2). */}
      <h1 className="dr-visually-hidden">Actor page: {card.name}</h1>
      {error ? (
        <p role="alert" className="dr-popup__notice">
          {error}
        </p>
      ) : null}
      <ActorCard
        variant="flat"
        actor={{ name: card.name, type: card.type, aliases: card.aliases, roles: [...new Set(card.roles.map((r) => r.role))] }}
        rolesSeen={card.roles.map((r) => ({ role: r.role, articleTitle: reading.articles.find((a) => a.id === r.articleId)?.title, at: r.date }))}
        note={card.note}
        onEditNote={(note) => act(setNote(db, card.key, note))}
        background={card.summary}
        backgroundLoading={lookup.loading}
        backgroundMessage={lookup.message ?? (settings.lookup ? undefined : 'No background yet. Turn on the Wikipedia lookup in Options to fetch one.')}
        backgroundChoices={lookup.choices}
        onPickBackground={(title) => void runLookup(title)}
        onLookupBackground={settings.lookup ? () => void runLookup(card.name) : undefined}
        onRejectBackground={() => act(setSummary(db, card.key, null))}
        country={countryFacts(card.kb)}
        reading={{
          articles: reading.articles,
          claims: reading.claims.map((c) => ({ text: c.text, kind: c.kind as ClaimKind, articleId: c.articleId, articleTitle: c.articleTitle })),
          coActors: reading.coActors.map((c) => ({ id: c.key, name: c.name, count: c.articles })),
        }}
        onOpenArticle={(id) => (location.hash = `#/article/${id}`)}
        onOpenActor={openActor}
        corrections={{
          onRename: (name) => act(renameActor(db, card.key, name).then((c) => openActor(c.key))),
          onChangeType: (type: ActorType) => act(setActorType(db, card.key, type).then((c) => openActor(c.key))),
          mergeCandidates: cards.filter((c) => c.key !== card.key && c.type === card.type).map((c) => ({ id: c.key, name: c.name })),
          onMerge: (intoKey) => act(mergeActors(db, intoKey, [card.key]).then((c) => openActor(c.key))),
          onNotActor: () => act(markNotActor(db, card.name).then(() => (location.hash = '#/'))),
        }}
      />
      <ActorMemorySection db={db} actorKey={card.key} name={card.name} onOpenActor={openActor} />
    </main>
  );
}
