import { useId, type ReactNode } from 'react';
import type { Actor, Analysis, Claim } from '@/lib/nlp/types';
import { markStyle } from '@/lib/page/mark-styles';
import { cx, formatDate, safeHref } from './format';
import type { ActorCardProps } from './actor-card';
import type { KindSwitches } from './options-view';
import { actorCardKey, CARD_KEY, claimCardKey, useReaderCards, type ReaderCorrections } from './reader-card';
import { segmentText } from './segment-text';
import { SourcingSummary } from './sourcing-summary';

export interface ReaderViewProps {
  title: string;
  /** The saved readable text (paragraphs separated by line breaks), the same text the analysis offsets refer to. */
  text: string;
  analysis?: Analysis;
  byline?: string;
  site?: string;
  url?: string;
  /** Epoch ms. */
  savedAt?: number;
  /** As saved (ISO date or free text). */
  published?: string;
  highlightKinds?: Partial<KindSwitches>;
  /** When given, actor mentions are buttons (e.g. open the actor's card). */
  onSelectActor?: (actor: Actor) => void;
  /** Extra props for the actor card shown on hover or focus (e.g. "All about …"). */
  actorCardProps?: (actor: Actor) => Partial<ActorCardProps>;
  /** When given, the cards offer the page card's one-click corrections (type, not a name, wrong source). */
  corrections?: ReaderCorrections;
  locale?: string;
}

/**
 * A date as saved, for people: an ISO or RFC date becomes "Oct 14, 2025" in the reader's locale (never the raw
 * "2025-10-14T22:05:00Z"); anything that does not parse as a date is free text and shown as it is.
 */
export function formatPublished(published: string | undefined, locale?: string): string {
  const raw = published?.trim();
  if (!raw) return '';
  // Only strings that look like dates: Date.parse also accepts odd things like "3".
  if (!/\d{4}/.test(raw)) return raw;
  const ms = Date.parse(raw);
  return Number.isNaN(ms) ? raw : formatDate(ms, locale);
}

/**
 * A saved article for reading offline: the plain saved text with its highlights re-painted from the stored analysis.
 * Everything is rendered as text (no saved HTML), so there is nothing to sanitize.
 */
export function ReaderView({
  title,
  text,
  analysis,
  byline,
  site,
  url,
  savedAt,
  published,
  highlightKinds,
  onSelectActor,
  actorCardProps,
  corrections,
  locale,
}: ReaderViewProps) {
  // Hovering or focusing a mark shows the same card as on the page.
  const cards = useReaderCards(analysis, actorCardProps, corrections);
  const paragraphs = segmentText(text, analysis, { kinds: highlightKinds });
  const actors = new Map((analysis?.actors ?? []).map((a) => [a.id, a]));
  const claims: Claim[] = analysis?.claims ?? [];
  const titleId = useId();
  const href = safeHref(url);
  const publishedText = formatPublished(published, locale);
  const meta = [
    byline,
    publishedText ? `published ${publishedText}` : '',
    savedAt !== undefined ? `saved ${formatDate(savedAt, locale)}` : '',
  ].filter(Boolean);

  return (
    <article className="dr dr-reader" aria-labelledby={titleId}>
      <header className="dr-reader__head">
        <h1 id={titleId}>{title}</h1>
        <p className="dr-muted dr-small">
          {site ? (
            href ? (
              <a href={href} target="_blank" rel="noopener noreferrer">
                {site}
              </a>
            ) : (
              site
            )
          ) : null}
          {site && meta.length ? ' · ' : ''}
          {meta.join(' · ')}
        </p>
        {analysis ? (
          <SourcingSummary
            claims={analysis.profile.claims}
            anonymous={analysis.profile.anonymous}
            sources={analysis.profile.sources.length}
          />
        ) : null}
      </header>
      <div className="dr-reader__body" tabIndex={-1} {...cards.bind}>
        {paragraphs.map((p) => (
          <p key={p.start}>
            {p.segments.map((s) => {
              const claim = s.claimIndex !== undefined ? claims[s.claimIndex] : undefined;
              const actor = s.actor ? actors.get(s.actor.id) : undefined;
              // The same marks as on the page (mark-styles.ts): actors filled, claims underlined, solid for a named
              // source and wavy for an unnamed one. A button does not inherit its parent's underline, so an actor
              // inside a claim carries both.
              const claimKind = claim ? (claim.source?.anonymous ? 'claim-anonymous' : 'claim-named') : undefined;
              let node: ReactNode = s.text;
              if (actor) {
                const cls = cx('dr-hl', `dr-hl--${actor.type}`, onSelectActor && 'dr-hl--btn');
                // A place's dotted line above goes on an inner span: as the button's own decoration it would replace
                // the claim's underline (one text-decoration per element); the span's adds to the one it inherits.
                const { textDecoration: actorLine, ...actorFill } = markStyle(actor.type);
                const style = { ...(claimKind ? markStyle(claimKind) : {}), ...actorFill };
                const label = actorLine ? <span style={{ textDecoration: actorLine }}>{s.text}</span> : s.text;
                node = onSelectActor ? (
                  <button
                    type="button"
                    className={cls}
                    data-kind={actor.type}
                    {...{ [CARD_KEY]: actorCardKey(actor) }}
                    style={style}
                    onClick={() => onSelectActor(actor)}
                  >
                    {label}
                  </button>
                ) : (
                  <mark className={cls} data-kind={actor.type} {...{ [CARD_KEY]: actorCardKey(actor) }} style={style}>
                    {label}
                  </mark>
                );
              }
              if (claim && claimKind) {
                node = (
                  <mark
                    className={cx('dr-hl', 'dr-hl--claim', claim.source?.anonymous && 'dr-hl--anonymous')}
                    data-kind={claimKind}
                    data-claim={s.claimIndex}
                    {...{ [CARD_KEY]: claimCardKey(s.claimIndex!) }}
                    // Focusable, so the keyboard reaches its card too (an actor inside it is its own stop).
                    tabIndex={0}
                    style={markStyle(claimKind)}
                  >
                    {node}
                  </mark>
                );
              }
              return <span key={s.start}>{node}</span>;
            })}
          </p>
        ))}
      </div>
      {cards.card}
    </article>
  );
}
