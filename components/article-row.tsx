import { lazy, memo, Suspense, useId, useState } from 'react';
import type { MenuAction } from './actions-menu';
import type { ArticleRecord } from '@/lib/store/schema';
import { cx, countNoun, isoDateTime, safeHref, UNKNOWN_DATE, validDate } from './format';
import type { SnippetPart } from './search-snippet';

export type ArticleId = string | number;

/** One saved article as the list shows it (plain data). */
export interface ArticleRowData {
  id: ArticleId;
  title: string;
  url: string;
  site: string;
  /** Epoch milliseconds. */
  savedAt: number;
  read: boolean;
  tags: string[];
  counts: { actors: number; claims: number; anonymous: number };
  archived?: boolean;
  /** Names of the actors in the article (used by the actor filter of applyReadingListView). */
  actors?: string[];
  /** A note the store left on the record, e.g. that a later, shorter copy was not saved. */
  notice?: string;
  /** The first lines of the article (shown when there is no search snippet). */
  excerpt?: string;
  /** The words around a search's first match in the text, matched words marked (search-snippet.ts). */
  snippet?: SnippetPart[];
}

/** The attribute on each row's menu button (the list moves focus to a neighbour's after a delete). */
export const ROW_MENU = 'data-row-menu';

const ActionsMenu = lazy(() => import('./actions-menu'));

/** The row of a stored article (the library's list page; also what the import fuzz test renders). */
export function articleRowOf(a: ArticleRecord): ArticleRowData {
  return {
    id: a.id!,
    title: a.title,
    url: a.url,
    site: a.site,
    savedAt: a.savedAt,
    read: !!a.read,
    tags: a.tags,
    counts: a.counts,
    archived: !!a.archived,
    excerpt: excerptOf(a),
    notice: a.keptLonger
      ? `Longer text kept: a later copy of this page (${a.keptLonger.shorterLength.toLocaleString('en-US')} characters against ${a.keptLonger.keptLength.toLocaleString('en-US')}) was not saved over it.`
      : undefined,
  };
}

/** About two lines of the article: its stored excerpt, else the start of its text. */
function excerptOf(a: Pick<ArticleRecord, 'excerpt' | 'text'>): string | undefined {
  const raw = (a.excerpt || (typeof a.text === 'string' ? a.text.slice(0, 300) : '')).replace(/\s+/g, ' ').trim();
  return raw || undefined;
}

/**
 * The "Saved" date, as format.ts's formatDate (medium date style) with one Intl.DateTimeFormat per locale and time
 * zone: building a formatter costs far more than formatting, and a page shows 100 rows.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function savedDate(ms: number, locale?: string, timeZone?: string): string {
  const date = validDate(ms);
  if (!date) return UNKNOWN_DATE;
  const key = `${locale ?? ''}|${timeZone ?? ''}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone });
    dateFormats.set(key, f);
  }
  return f.format(date);
}

/** Tags from what a user types: split on commas, "#" and spaces trimmed, case folded, no duplicates. */
export function parseTags(input: string): string[] {
  const out: string[] = [];
  for (const raw of input.split(',')) {
    const t = raw.trim().replace(/^#+/, '').trim().replace(/\s+/g, ' ').toLowerCase();
    if (t && !out.includes(t)) out.push(t);
  }
  return out;
}

function TagEditor({ tags, onSave, onCancel }: { tags: string[]; onSave: (tags: string[]) => void; onCancel: () => void }) {
  const id = useId();
  const [draft, setDraft] = useState(tags.join(', '));
  return (
    <form
      className="dr-inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(parseTags(draft));
      }}
    >
      <label htmlFor={id} className="dr-visually-hidden">
        Tags, separated by commas
      </label>
      <input
        id={id}
        className="dr-input"
        value={draft}
        autoFocus
        placeholder="iraq, diplomacy"
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            onCancel();
          }
        }}
      />
      <button type="submit" className="dr-btn dr-btn--small dr-btn--primary">
        Save tags
      </button>
      <button type="button" className="dr-btn dr-btn--small" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}

export interface ArticleRowProps {
  article: ArticleRowData;
  onOpen: (id: ArticleId) => void;
  onToggleRead: (id: ArticleId, read: boolean) => void;
  /** Called with the new archived state. */
  onArchive: (id: ArticleId, archived: boolean) => void;
  /** Called with the row's id and shown title (for the Undo message). */
  onDelete: (id: ArticleId, title: string) => void;
  onTagClick?: (tag: string) => void;
  /** When given: an "Edit tags" action; called with the new list. */
  onSetTags?: (id: ArticleId, tags: string[]) => void;
  locale?: string;
  timeZone?: string;
}

/**
 * A saved article: title (opens it), site (links to the original), date saved, counts, read state, tags, actions.
 * Memoized: it re-renders only when its article or a handler changes (pass stable handlers).
 */
export const ArticleRow = memo(ArticleRowView, sameRowProps);

/** Same handlers and the same article data (a list re-read from the store gives new objects with the same values). */
function sameRowProps(a: ArticleRowProps, b: ArticleRowProps): boolean {
  for (const k of Object.keys(a) as (keyof ArticleRowProps)[]) if (k !== 'article' && a[k] !== b[k]) return false;
  if (Object.keys(a).length !== Object.keys(b).length) return false;
  return sameArticle(a.article, b.article);
}

function sameArticle(a: ArticleRowData, b: ArticleRowData): boolean {
  if (a === b) return true;
  return (
    a.id === b.id &&
    a.title === b.title &&
    a.url === b.url &&
    a.site === b.site &&
    a.savedAt === b.savedAt &&
    a.read === b.read &&
    !!a.archived === !!b.archived &&
    a.counts.actors === b.counts.actors &&
    a.counts.claims === b.counts.claims &&
    a.counts.anonymous === b.counts.anonymous &&
    a.tags.length === b.tags.length &&
    a.tags.every((t, i) => t === b.tags[i]) &&
    (a.actors ?? []).join('\u0000') === (b.actors ?? []).join('\u0000') &&
    a.notice === b.notice &&
    a.excerpt === b.excerpt &&
    snippetKey(a.snippet) === snippetKey(b.snippet)
  );
}

const snippetKey = (parts: SnippetPart[] | undefined) => (parts ? parts.map((p) => (p.hit ? `[${p.text}]` : p.text)).join('') : '');

function ArticleRowView({
  article: a,
  onOpen,
  onToggleRead,
  onArchive,
  onDelete,
  onTagClick,
  onSetTags,
  locale,
  timeZone,
}: ArticleRowProps) {
  const [editingTags, setEditingTags] = useState(false);
  // The row's menu, loaded and shown from its first activation on (how it was opened decides where focus starts).
  const [menu, setMenu] = useState<'pointer' | 'keyboard' | null>(null);
  const href = safeHref(a.url);
  const title = a.title.trim() || a.url;
  const menuLabel = `More actions for ${title}`;
  const menuButton = { className: 'dr-btn dr-btn--small dr-btn--ghost dr-article__more', [ROW_MENU]: '' };
  const actions: MenuAction[] = [
    { label: 'Read in Dramatis', onSelect: () => onOpen(a.id) },
    ...(href ? [{ label: 'Open the original', onSelect: () => void window.open(href, '_blank', 'noopener,noreferrer') }] : []),
    { label: a.read ? 'Mark unread' : 'Mark read', onSelect: () => onToggleRead(a.id, !a.read), separator: true },
    // "Edit tags" opens a text box that takes focus: the closing menu must not take it back to its button.
    ...(onSetTags ? [{ label: 'Edit tags', onSelect: () => setEditingTags(true), keepsFocus: true }] : []),
    { label: a.archived ? 'Unarchive' : 'Archive', onSelect: () => onArchive(a.id, !a.archived) },
    { label: 'Delete', onSelect: () => onDelete(a.id, title), separator: true },
  ];
  return (
    <li className={cx('dr-article', a.read && 'dr-article--read')} aria-label={title} data-id={String(a.id)}>
      <div className="dr-article__main">
        <button type="button" className="dr-article__title" onClick={() => onOpen(a.id)}>
          {!a.read ? (
            <>
              <span className="dr-unread-dot" aria-hidden="true" />
              <span className="dr-visually-hidden">Unread: </span>
            </>
          ) : null}
          {title}
        </button>
        <div className="dr-article__meta">
          {href ? (
            <a href={href} target="_blank" rel="noopener noreferrer" aria-label={`${a.site} (original article)`}>
              {a.site}
            </a>
          ) : (
            <span>{a.site}</span>
          )}
          <span>
            Saved <time dateTime={isoDateTime(a.savedAt)}>{savedDate(a.savedAt, locale, timeZone)}</time>
          </span>
          <span>{countNoun(a.counts.actors, 'actor')}</span>
          <span>{countNoun(a.counts.claims, 'claim')}</span>
          {a.counts.anonymous > 0 ? (
            // a ratio, not a count: "6 anonymous" reads the same for 6 of 11 and 6 of 34
            <span className="dr-badge dr-badge--anonymous" title={`${a.counts.anonymous} of the ${a.counts.claims} claims come from unnamed sources`}>
              {a.counts.anonymous} of {a.counts.claims} unnamed
            </span>
          ) : null}
          {a.archived ? <span className="dr-badge dr-badge--muted">archived</span> : null}
          {a.notice ? (
            <span className="dr-badge dr-badge--muted" title={a.notice}>
              longer text kept
              <span className="dr-visually-hidden">: {a.notice}</span>
            </span>
          ) : null}
        </div>
        {a.snippet ? (
          <p className="dr-article__excerpt dr-article__snippet">
            {a.snippet.map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
          </p>
        ) : a.excerpt ? (
          <p className="dr-article__excerpt">{a.excerpt}</p>
        ) : null}
        {editingTags && onSetTags ? (
          <TagEditor
            tags={a.tags}
            onSave={(tags) => {
              onSetTags(a.id, tags);
              setEditingTags(false);
            }}
            onCancel={() => setEditingTags(false)}
          />
        ) : a.tags.length > 0 ? (
          <ul className="dr-chips" aria-label="Tags">
            {a.tags.map((t) =>
              onTagClick ? (
                <li key={t}>
                  <button type="button" className="dr-chip" onClick={() => onTagClick(t)} aria-label={`Filter by tag ${t}`}>
                    #{t}
                  </button>
                </li>
              ) : (
                <li key={t} className="dr-chip">
                  #{t}
                </li>
              ),
            )}
          </ul>
        ) : null}
      </div>
      <div className="dr-article__actions">
        {/* One quiet row: the title opens the article; everything else is in this menu (Radix: arrow keys, Esc, focus back). */}
        {menu ? (
          <Suspense fallback={<button type="button" aria-label={menuLabel} aria-busy="true" {...menuButton} />}>
            <ActionsMenu label={menuLabel} keyboard={menu === 'keyboard'} buttonProps={menuButton} actions={actions}>
              <span aria-hidden="true">⋯</span>
            </ActionsMenu>
          </Suspense>
        ) : (
          // The menu (Radix, with its positioning and focus code) loads on the first click: a list of a hundred rows
          // renders a hundred plain buttons.
          <button
            type="button"
            aria-label={menuLabel}
            aria-haspopup="menu"
            {...menuButton}
            onClick={() => setMenu('pointer')}
            onKeyDown={(e) => {
              if (!['Enter', ' ', 'ArrowDown'].includes(e.key)) return;
              e.preventDefault();
              setMenu('keyboard');
            }}
          >
            <span aria-hidden="true">⋯</span>
          </button>
        )}
      </div>
    </li>
  );
}
