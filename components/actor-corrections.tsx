import { useId, useState } from 'react';
import type { ActorType } from '@/lib/nlp/types';
import { ACTOR_TYPE_ORDER, TYPE_LABEL } from './format';

export interface ActorCorrectionsProps {
  name: string;
  type: ActorType;
  /** Each handler shows its control only when given. */
  onRename?: (name: string) => void;
  onChangeType?: (type: ActorType) => void;
  /** Other actors this one can be merged into. */
  mergeCandidates?: { id: string; name: string }[];
  onMerge?: (intoId: string) => void;
  onNotActor?: () => void;
}

/** "Fix what Dramatis read": rename, change type, merge, "not an actor". Events only; the caller stores corrections. */
export function ActorCorrections({ name, type, onRename, onChangeType, mergeCandidates = [], onMerge, onNotActor }: ActorCorrectionsProps) {
  const uid = useId();
  const [draft, setDraft] = useState(name);
  const [mergeInto, setMergeInto] = useState('');
  const [confirmNotActor, setConfirmNotActor] = useState(false);
  if (!onRename && !onChangeType && !onMerge && !onNotActor) return null;
  return (
    <section className="dr-card__section" aria-labelledby={`${uid}-h`}>
      <h3 id={`${uid}-h`}>Fix what Dramatis read</h3>
      {onRename ? (
        <form
          className="dr-inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            const next = draft.trim().replace(/\s+/g, ' ');
            if (next && next !== name) onRename(next);
          }}
        >
          <label htmlFor={`${uid}-name`} className="dr-visually-hidden">
            Name
          </label>
          <input id={`${uid}-name`} className="dr-input" value={draft} onChange={(e) => setDraft(e.target.value)} />
          <button type="submit" className="dr-btn dr-btn--small" disabled={!draft.trim() || draft.trim() === name}>
            Rename
          </button>
        </form>
      ) : null}
      {onChangeType ? (
        <label className="dr-field" htmlFor={`${uid}-type`}>
          Type
          <select
            id={`${uid}-type`}
            className="dr-select"
            value={type}
            onChange={(e) => onChangeType(e.target.value as ActorType)}
          >
            {ACTOR_TYPE_ORDER.map((t) => (
              <option key={t} value={t}>
                {TYPE_LABEL[t]}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {onMerge && mergeCandidates.length > 0 ? (
        <form
          className="dr-inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (mergeInto) onMerge(mergeInto);
          }}
        >
          <label htmlFor={`${uid}-merge`} className="dr-visually-hidden">
            Same as
          </label>
          <select id={`${uid}-merge`} className="dr-select" value={mergeInto} onChange={(e) => setMergeInto(e.target.value)}>
            <option value="">Same as…</option>
            {mergeCandidates.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          <button type="submit" className="dr-btn dr-btn--small" disabled={!mergeInto}>
            Merge
          </button>
        </form>
      ) : null}
      {onNotActor ? (
        confirmNotActor ? (
          <div className="dr-card__actions" role="group" aria-label="Confirm">
            <span>Stop highlighting “{name}” everywhere?</span>
            <button type="button" className="dr-btn dr-btn--small dr-btn--danger" onClick={onNotActor}>
              Yes, not an actor
            </button>
            <button type="button" className="dr-btn dr-btn--small" onClick={() => setConfirmNotActor(false)}>
              Cancel
            </button>
          </div>
        ) : (
          <div className="dr-card__actions">
            <button type="button" className="dr-btn dr-btn--small dr-btn--danger" onClick={() => setConfirmNotActor(true)}>
              Not an actor
            </button>
          </div>
        )
      ) : null}
    </section>
  );
}
