import { useId, useRef, useState, type ReactNode } from 'react';
import { CardCloseButton } from './card-close-button';
import type { Claim } from '@/lib/nlp/types';
import { SourceBadge } from './source-badge';
import { KIND_LABEL, cx, describeDescriptor } from './format';
import { useEscape } from './use-escape';

export interface ClaimCardProps {
  claim: Claim;
  /** The source actor's full name when the source resolves to an actor ("Mike Pompeo" for "he"). */
  sourceName?: string;
  /** When given: a close button, and Esc anywhere in the document closes the card. */
  onClose?: () => void;
  /** When given and the source is an actor: a button to open the source's card. */
  onOpenSource?: () => void;
  variant?: 'floating' | 'flat';
  className?: string;
  /** "Fix the source": actors the claim may belong to; onFixSource gets the chosen id, or null for "no named source". */
  sourceCandidates?: { id: string; name: string }[];
  onFixSource?: (actorId: string | null) => void;
  /** Extra sections at the end of the card (the "Wrong source?" picker, the reading history's "seen before"). */
  children?: ReactNode;
}

function FixSource({
  current,
  candidates,
  onFix,
}: {
  current?: string;
  candidates: { id: string; name: string }[];
  onFix: (actorId: string | null) => void;
}) {
  const uid = useId();
  const [open, setOpen] = useState(false);
  const [choice, setChoice] = useState(current ?? '');
  if (!open) {
    return (
      <div className="dr-card__actions">
        <button type="button" className="dr-btn dr-btn--small" onClick={() => setOpen(true)}>
          Fix the source
        </button>
      </div>
    );
  }
  return (
    <form
      className="dr-inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        onFix(choice === '' ? null : choice);
        setOpen(false);
      }}
    >
      <label htmlFor={`${uid}-src`} className="dr-visually-hidden">
        Who said this
      </label>
      <select id={`${uid}-src`} className="dr-select" value={choice} onChange={(e) => setChoice(e.target.value)}>
        <option value="">Unnamed source</option>
        {candidates.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
      <button type="submit" className="dr-btn dr-btn--small dr-btn--primary">
        Save
      </button>
      <button type="button" className="dr-btn dr-btn--small" onClick={() => setOpen(false)}>
        Cancel
      </button>
    </form>
  );
}

const words = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\p{N}’']+/gu) ?? []);
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "Mike Pompeo said:", "According to officials:", "The ministry declined to comment." (plain words, no jargon). */
export function claimLead(claim: Claim, who: string | undefined): string {
  const cue = claim.cue?.text.trim();
  if (claim.kind === 'no-comment') return who ? `${capital(who)} declined to comment.` : 'Declined to comment.';
  if (!who) return 'No one is named as the source of this:';
  if (claim.kind === 'according-to') return `According to ${who}:`;
  return `${capital(who)} ${cue && cue.length <= 40 && !/^according/i.test(cue) ? cue : 'said'}:`;
}

/**
 * One attributed claim in plain words: who said it (named or unnamed source, with the shape of its underline), what
 * was said, and, for an unnamed source, how the article describes it.
 */
export function ClaimCard({
  claim,
  sourceName,
  onClose,
  onOpenSource,
  variant = 'flat',
  className,
  sourceCandidates = [],
  onFixSource,
  children,
}: ClaimCardProps) {
  const ref = useRef<HTMLElement>(null);
  const titleId = useId();
  useEscape(ref, onClose);
  const src = claim.source;
  const sourceLabel = src ? (sourceName ?? src.text) : 'No source given';
  const showSourceText = !!src && !!sourceName && sourceName.toLowerCase() !== src.text.toLowerCase();
  const described = src?.anonymous ? describeDescriptor(src.descriptor) : '';
  // Only when it says something the heading does not (the descriptor is rebuilt from parts: "a Iraqi senior military
  // source" would only repeat "a senior Iraqi military source" in a worse order).
  const showDescribed = !!described && [...words(described)].some((w) => !words(sourceLabel).has(w));

  return (
    <article
      ref={ref}
      className={cx('dr dr-card', variant === 'flat' && 'dr-card--flat', className)}
      aria-labelledby={titleId}
    >
      <header className="dr-card__head">
        <div className="dr-card__title">
          <h2 id={titleId}>{sourceLabel}</h2>
          <span className="dr-chips">
            {src ? <SourceBadge anonymous={src.anonymous} /> : null}
            {src?.document ? <span className="dr-badge dr-badge--muted">a document</span> : null}
            <span className="dr-badge dr-badge--kind">{KIND_LABEL[claim.kind]}</span>
          </span>
        </div>
      </header>
      <CardCloseButton onClose={onClose} />

      <p className="dr-card__lead">{claimLead(claim, src ? sourceLabel : undefined)}</p>
      {claim.kind !== 'no-comment' ? <blockquote className="dr-quote">{claim.text}</blockquote> : null}

      {src?.anonymous ? (
        <p className="dr-muted dr-small">
          The article does not name this source{showDescribed ? <>; it describes them as “{described}”.</> : '.'}
        </p>
      ) : null}
      {showSourceText ? <p className="dr-muted dr-small">Written in the article as “{src!.text}”.</p> : null}

      {onOpenSource && src?.actorId ? (
        <div className="dr-card__actions">
          <button type="button" className="dr-btn dr-btn--small" onClick={onOpenSource}>
            About {sourceLabel}
          </button>
        </div>
      ) : null}
      {onFixSource ? <FixSource current={src?.actorId} candidates={sourceCandidates} onFix={onFixSource} /> : null}
      {children}
    </article>
  );
}
