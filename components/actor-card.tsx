import { useId, useRef, useState, type ReactNode } from 'react';
import { CardCloseButton } from './card-close-button';
import type { ActorType } from '@/lib/nlp/types';
import { TYPE_LABEL, countNoun, cx, formatDate, safeHref } from './format';
import { useEscape } from './use-escape';
import { TypeGlyph } from './type-glyph';
import { ActorCorrections, type ActorCorrectionsProps } from './actor-corrections';
import { ActorReadingSection, type ActorReading } from './actor-reading';
import type { ArticleId } from './article-row';

/** What a card needs to know about an actor; an `Actor` from the analysis fits as is. */
export interface ActorCardActor {
  name: string;
  type: ActorType;
  roles?: string[];
  aliases?: string[];
  /** Mentions on the current page; omit on pages that are not an article (the section is then hidden). */
  mentions?: { text: string }[];
}

/** A cached background summary (e.g. Wikipedia's page summary). */
export interface BackgroundSummary {
  text: string;
  url: string;
  /** Shown as "Source: Wikipedia". */
  source: string;
  /** Epoch milliseconds. */
  fetchedAt: number;
  /** Short description, e.g. "American politician and diplomat". */
  description?: string;
}

/** Reference facts for a country (from lib/kb). */
export interface CountryFacts {
  capital?: string;
  region?: string;
  demonym?: string;
  /** Flag emoji, e.g. "🇮🇶". */
  flag?: string;
}

export interface ActorCardProps {
  actor: ActorCardActor;
  background?: BackgroundSummary | null;
  /** Replaces "No background yet" when there is no summary, e.g. "Looking up Wikipedia…" or "Wikipedia could not be reached." */
  backgroundMessage?: string;
  /** When given and there is no summary: a "Look up on Wikipedia" button (only offer it when the lookup is turned on). */
  onLookupBackground?: () => void;
  /** True while a lookup runs (disables the button, shows "Looking up…"). */
  backgroundLoading?: boolean;
  /** A disambiguation: the pages the name may refer to; the user picks one (onPickBackground with its title). */
  backgroundChoices?: { title: string; description?: string }[];
  onPickBackground?: (title: string) => void;
  /** When given with a summary: "Not this one" (e.g. clear the cached summary and ask again). */
  onRejectBackground?: () => void;
  note?: string;
  /** When given, the note can be added/edited in place; called with the new text on Save. */
  onEditNote?: (note: string) => void;
  country?: CountryFacts;
  /** When given: a close button, and Esc anywhere in the document closes the card. */
  onClose?: () => void;
  /** When given: an "All about {name}" button (e.g. open the actor page in the library). */
  onOpenActorPage?: () => void;
  /** 'floating' (hover card, with a shadow) or 'flat' (inside a page or the popup). */
  variant?: 'floating' | 'flat';
  /** Locale for dates (default: the browser's). */
  locale?: string;
  className?: string;
  /** Roles with where and when they were seen (library actor page); replaces the plain role chips when given. */
  rolesSeen?: { role: string; articleTitle?: string; at?: number }[];
  /** "In your reading" (library actor page). */
  reading?: ActorReading;
  onOpenArticle?: (id: ArticleId) => void;
  onOpenActor?: (id: string) => void;
  /** Correction controls (rename, type, merge, not an actor); each shown when its handler is given. */
  corrections?: Omit<ActorCorrectionsProps, 'name' | 'type'>;
  /** More sections at the end of the card (e.g. the in-page card's one-click fixes). */
  children?: ReactNode;
}

function distinct(texts: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const t of texts) {
    const k = t.trim();
    if (k && !seen.has(k.toLowerCase())) {
      seen.add(k.toLowerCase());
      out.push(k);
    }
  }
  return out;
}

function NoteEditor({ note, onSave }: { note: string; onSave: (n: string) => void }) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(note);
  const id = useId();
  if (!editing) {
    return (
      <>
        {note ? <p className="dr-claim-text">{note}</p> : <p className="dr-muted">No note yet.</p>}
        <div className="dr-card__actions">
          <button
            type="button"
            className="dr-btn dr-btn--small"
            onClick={() => {
              setDraft(note);
              setEditing(true);
            }}
          >
            {note ? 'Edit note' : 'Add note'}
          </button>
        </div>
      </>
    );
  }
  return (
    <form
      className="dr-field"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(draft.trim());
        setEditing(false);
      }}
    >
      <label htmlFor={id} className="dr-visually-hidden">
        Your note
      </label>
      <textarea
        id={id}
        className="dr-textarea"
        value={draft}
        autoFocus
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            setEditing(false);
          }
        }}
      />
      <div className="dr-card__actions">
        <button type="submit" className="dr-btn dr-btn--small dr-btn--primary">
          Save note
        </button>
        <button type="button" className="dr-btn dr-btn--small" onClick={() => setEditing(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** Who an actor is: type, roles, mentions on this page, aliases, background summary, country facts, the user's note. */
export function ActorCard({
  actor,
  background,
  backgroundMessage,
  onLookupBackground,
  backgroundLoading,
  backgroundChoices,
  onPickBackground,
  onRejectBackground,
  note,
  onEditNote,
  country,
  onClose,
  onOpenActorPage,
  variant = 'flat',
  locale,
  className,
  rolesSeen,
  reading,
  onOpenArticle,
  onOpenActor,
  corrections,
  children,
}: ActorCardProps) {
  const ref = useRef<HTMLElement>(null);
  const titleId = useId();
  useEscape(ref, onClose);
  const roles = distinct(actor.roles ?? []);
  // Parts of the name itself ("Pompeo" for "Mike Pompeo") are not worth listing as other names.
  const nameWords = new Set(actor.name.toLowerCase().split(/\s+/));
  const aliases = distinct(actor.aliases ?? []).filter(
    (a) => a.toLowerCase() !== actor.name.toLowerCase() && !a.toLowerCase().split(/\s+/).every((w) => nameWords.has(w)),
  );
  const mentionTexts = distinct((actor.mentions ?? []).map((m) => m.text));
  const hasCountry = !!country && !!(country.capital || country.region || country.demonym || country.flag);

  return (
    <article
      ref={ref}
      className={cx('dr dr-card', variant === 'flat' && 'dr-card--flat', className)}
      aria-labelledby={titleId}
    >
      <header className="dr-card__head">
        {country?.flag ? (
          <span className="dr-flag" role="img" aria-label="flag">
            {country.flag}
          </span>
        ) : null}
        <div className="dr-card__title">
          <h2 id={titleId}>{actor.name}</h2>
          <span>
            <span className={`dr-badge dr-badge--${actor.type}`}>
              <TypeGlyph kind={actor.type} /> {TYPE_LABEL[actor.type]}
            </span>
            {background?.description ? <span className="dr-muted dr-small"> {background.description}</span> : null}
          </span>
        </div>
      </header>
      <CardCloseButton onClose={onClose} />

      {rolesSeen && rolesSeen.length > 0 ? (
        <section className="dr-card__section">
          <h3>Roles seen</h3>
          <ul className="dr-reading-list">
            {rolesSeen.map((r, i) => (
              <li key={i}>
                <span className="dr-chip">{r.role}</span>
                {r.articleTitle || r.at !== undefined ? (
                  <span className="dr-muted dr-small">
                    {' '}
                    {[r.articleTitle, r.at !== undefined ? formatDate(r.at, locale) : ''].filter(Boolean).join(', ')}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : roles.length > 0 ? (
        <section className="dr-card__section">
          <h3>Roles seen</h3>
          <ul className="dr-chips">
            {roles.map((r) => (
              <li key={r} className="dr-chip">
                {r}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {actor.mentions ? (
        <section className="dr-card__section">
          <h3>On this page</h3>
          <p>
            {countNoun(actor.mentions.length, 'mention')}
            {mentionTexts.length > 0 ? (
              <span className="dr-muted">: {mentionTexts.map((t) => `“${t}”`).join(', ')}</span>
            ) : null}
          </p>
        </section>
      ) : null}

      {aliases.length > 0 ? (
        <section className="dr-card__section">
          <h3>Also called</h3>
          <p>{aliases.join(', ')}</p>
        </section>
      ) : null}

      {hasCountry ? (
        <section className="dr-card__section">
          <h3>Country facts</h3>
          <dl className="dr-facts">
            {country!.capital ? (
              <>
                <dt>Capital</dt>
                <dd>{country!.capital}</dd>
              </>
            ) : null}
            {country!.region ? (
              <>
                <dt>Region</dt>
                <dd>{country!.region}</dd>
              </>
            ) : null}
            {country!.demonym ? (
              <>
                <dt>Demonym</dt>
                <dd>{country!.demonym}</dd>
              </>
            ) : null}
          </dl>
        </section>
      ) : null}

      <section className="dr-card__section">
        <h3>Background</h3>
        {background ? (
          <>
            <p className="dr-claim-text">{background.text}</p>
            <p className="dr-muted dr-small">
              Source:{' '}
              {safeHref(background.url) ? (
                <a href={safeHref(background.url)} target="_blank" rel="noopener noreferrer">
                  {background.source}
                </a>
              ) : (
                background.source
              )}
              , fetched {formatDate(background.fetchedAt, locale)}
            </p>
            {onRejectBackground ? (
              <div className="dr-card__actions">
                <button type="button" className="dr-btn dr-btn--small" onClick={onRejectBackground}>
                  Not this {actor.type === 'person' ? 'person' : actor.type === 'place' ? 'place' : 'organization'}
                </button>
              </div>
            ) : null}
          </>
        ) : backgroundChoices && backgroundChoices.length > 0 && onPickBackground ? (
          <>
            <p>“{actor.name}” may mean several things. Which one is it?</p>
            <ul className="dr-reading-list" aria-label="Possible matches">
              {backgroundChoices.map((c) => (
                <li key={c.title}>
                  <button type="button" className="dr-link-btn" onClick={() => onPickBackground(c.title)}>
                    {c.title}
                  </button>
                  {c.description ? <span className="dr-muted dr-small"> {c.description}</span> : null}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <>
            <p className="dr-muted" role={backgroundLoading ? 'status' : undefined}>
              {backgroundLoading ? 'Looking up…' : (backgroundMessage ?? 'No background yet.')}
            </p>
            {onLookupBackground ? (
              <div className="dr-card__actions">
                <button
                  type="button"
                  className="dr-btn dr-btn--small"
                  disabled={backgroundLoading}
                  onClick={onLookupBackground}
                >
                  Look up on Wikipedia
                </button>
              </div>
            ) : null}
          </>
        )}
      </section>

      {onEditNote || note ? (
        <section className="dr-card__section">
          <h3>Your note</h3>
          {onEditNote ? <NoteEditor note={note ?? ''} onSave={onEditNote} /> : <p className="dr-claim-text">{note}</p>}
        </section>
      ) : null}

      {reading ? (
        <ActorReadingSection
          name={actor.name}
          reading={reading}
          onOpenArticle={onOpenArticle}
          onOpenActor={onOpenActor}
          locale={locale}
        />
      ) : null}

      {corrections ? <ActorCorrections key={`${actor.name}/${actor.type}`} name={actor.name} type={actor.type} {...corrections} /> : null}

      {children}

      {onOpenActorPage ? (
        <div className="dr-card__actions">
          <button type="button" className="dr-btn dr-btn--small" onClick={onOpenActorPage}>
            All about {actor.name}
          </button>
        </div>
      ) : null}
    </article>
  );
}
