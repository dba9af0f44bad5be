import { useId, useState } from 'react';
import type { ActorType } from '@/lib/nlp/types';
import { ACTOR_TYPE_ORDER, TYPE_LABEL } from './format';
import { errorMessage, FixError } from './fix-error';
import { TypeGlyph } from './type-glyph';

export interface ActorQuickFixProps {
  type: ActorType;
  /**
   * Each resolves once the correction is stored and applied (rejects with a message the user can read), with a token
   * that `onUndo` gets back (e.g. the stored correction's id).
   */
  onChangeType: (type: ActorType) => Promise<unknown>;
  onNotActor: () => Promise<unknown>;
  onUndo: (token: unknown) => Promise<void>;
}

type State =
  | { step: 'idle' }
  | { step: 'busy' }
  | { step: 'done'; said: string; token: unknown }
  | { step: 'undone' }
  | { step: 'error'; message: string };

/** "a person", "an organization", "a place" */
const aType = (t: ActorType) => `${t === 'organization' ? 'an' : 'a'} ${TYPE_LABEL[t].toLowerCase()}`;

/**
 * One-click fixes on an actor's card: "Not a place? Person / Organization / Not a name". Applied at once to the page
 * (the caller re-analyses it) and remembered for later pages, with Undo.
 */
export function ActorQuickFix({ type, onChangeType, onNotActor, onUndo }: ActorQuickFixProps) {
  const uid = useId();
  const [state, setState] = useState<State>({ step: 'idle' });
  const run = async (action: () => Promise<unknown>, said: string) => {
    setState({ step: 'busy' });
    try {
      const token = await action();
      setState({ step: 'done', said, token });
    } catch (error) {
      setState({ step: 'error', message: errorMessage(error) });
    }
  };
  if (state.step === 'done' || state.step === 'undone') {
    return (
      <section className="dr-card__section dr-quickfix" aria-labelledby={`${uid}-h`}>
        <h3 id={`${uid}-h`}>Fixed</h3>
        <p role="status">{state.step === 'done' ? state.said : 'Undone: back as it was.'}</p>
        {state.step === 'done' ? (
          <div className="dr-card__actions">
            <button
              type="button"
              className="dr-btn dr-btn--small"
              onClick={async () => {
                try {
                  await onUndo(state.token);
                  setState({ step: 'undone' });
                } catch (error) {
                  setState({ step: 'error', message: errorMessage(error) });
                }
              }}
            >
              Undo
            </button>
          </div>
        ) : null}
      </section>
    );
  }
  const others = ACTOR_TYPE_ORDER.filter((t) => t !== type);
  const busy = state.step === 'busy';
  return (
    <section className="dr-card__section dr-quickfix" aria-labelledby={`${uid}-h`}>
      <h3 id={`${uid}-h`}>Not {aType(type)}?</h3>
      <div className="dr-card__actions">
        {others.map((t) => (
          <button
            key={t}
            type="button"
            className="dr-btn dr-btn--small"
            disabled={busy}
            onClick={() => void run(() => onChangeType(t), `Now marked as ${aType(t)}, here and on later pages.`)}
          >
            <TypeGlyph kind={t} /> {TYPE_LABEL[t]}
          </button>
        ))}
        <button
          type="button"
          className="dr-btn dr-btn--small"
          disabled={busy}
          onClick={() => void run(onNotActor, 'No longer marked, here and on later pages.')}
        >
          Not a name
        </button>
      </div>
      {state.step === 'error' ? (
        <p>
          <FixError message={state.message} />
        </p>
      ) : null}
    </section>
  );
}
