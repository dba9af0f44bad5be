/**
 * The memory line of an in-page card (rendered in the extension-origin card frame only): for an actor, "In 14 articles
 * you read since Mar 2, last on Mar 20."; for a claim, "Also in 3 other articles; first seen in A Times on Mar 2.", the
 * other outlets, a flag when another source was named, and the word-level change from the first wording. When the
 * read limits left some out (`seen.more`), the count is a lower bound: "Also in at least 24 other articles".
 */
import type { CardMemory } from '@/lib/memory/card-memory';
import { countNoun, formatDate } from '../format';

export function CardMemoryLine({ memory, locale }: { memory?: CardMemory; locale?: string }) {
  if (!memory) return null;
  const date = (ms: number) => formatDate(ms, locale);
  if (memory.kind === 'actor') {
    if (!memory.articles || memory.first === null || memory.last === null) return null;
    return (
      <p className="dr-memory__line" data-memory="actor">
        In {countNoun(memory.articles, 'other article')} you read since {date(memory.first)}, last on {date(memory.last)}.
      </p>
    );
  }
  const { matches, outlets, otherSource, more } = memory.seen;
  if (matches.length === 0) return null;
  const first = matches[0];
  // outlets[0] is the first reading's outlet (card-memory.ts): the others carried it too.
  const others = outlets.slice(1);
  const changed = first.diff?.some((d) => d.kind !== 'same');
  return (
    <section className="dr-memory__line" data-memory="claim" aria-label="Seen before">
      <p>
        Also in {more ? 'at least ' : ''}
        {countNoun(matches.length, 'other article')} you read; first seen in <span title={first.title}>{first.site}</span> on {date(first.readAt)}.
        {others.length ? ` Also carried by ${others.join(', ')}.` : ''}
      </p>
      {otherSource ? (
        <p className="dr-memory__flag" role="note">
          Attributed to a different source elsewhere:{' '}
          {matches
            .filter((m) => m.otherSource)
            .map((m) => `${m.anonymous ? 'an unnamed source' : (m.source ?? 'no source')} (${m.site})`)
            .join('; ')}
          .
        </p>
      ) : null}
      {changed ? (
        <p className="dr-memory__diff dr-small" aria-label="Wording then and now">
          {first.diff!.map((d, i) =>
            d.kind === 'same' ? (
              <span key={i}>{d.text}</span>
            ) : d.kind === 'removed' ? (
              <del key={i}>{d.text}</del>
            ) : (
              <ins key={i}>{d.text}</ins>
            ),
          )}
        </p>
      ) : null}
    </section>
  );
}
