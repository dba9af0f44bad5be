import { useId, useState } from 'react';
import { cx, countNoun, formatDate, safeHref } from './format';

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
  onDelete: (id: ArticleId) => void;
  onTagClick?: (tag: string) => void;
  /** When given: an "Edit tags" action; called with the new list. */
  onSetTags?: (id: ArticleId, tags: string[]) => void;
  locale?: string;
  timeZone?: string;
}

/** A saved article: title (opens it), site (links to the original), date saved, counts, read state, tags, actions. */
export function ArticleRow({
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
  const href = safeHref(a.url);
  const title = a.title.trim() || a.url;
  return (
    <li className={cx('dr-article', a.read && 'dr-article--read')} aria-label={title}>
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
            Saved <time dateTime={new Date(a.savedAt).toISOString()}>{formatDate(a.savedAt, locale, timeZone)}</time>
          </span>
          <span>{countNoun(a.counts.actors, 'actor')}</span>
          <span>{countNoun(a.counts.claims, 'claim')}</span>
          {a.counts.anonymous > 0 ? (
            <span className="dr-badge dr-badge--anonymous">{a.counts.anonymous} anonymous</span>
          ) : null}
          {a.archived ? <span className="dr-badge dr-badge--muted">archived</span> : null}
        </div>
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
        {onSetTags ? (
          <button type="button" className="dr-btn dr-btn--small" onClick={() => setEditingTags(true)} aria-label={`Edit tags of ${title}`}>
            Tags
          </button>
        ) : null}
        <button type="button" className="dr-btn dr-btn--small" onClick={() => onToggleRead(a.id, !a.read)}>
          {a.read ? 'Mark unread' : 'Mark read'}
        </button>
        <button type="button" className="dr-btn dr-btn--small" onClick={() => onArchive(a.id, !a.archived)}>
          {a.archived ? 'Unarchive' : 'Archive'}
        </button>
        <button
          type="button"
          className="dr-btn dr-btn--small dr-btn--danger"
          onClick={() => onDelete(a.id)}
          aria-label={`Delete ${title}`}
        >
          Delete
        </button>
      </div>
    </li>
  );
}
