import { lazy, Suspense, useEffect, useRef, useState, type ButtonHTMLAttributes } from 'react';
import type { ActorType } from '@/lib/nlp/types';
import { ACTOR_TYPE_ORDER, cx } from './format';
import { errorMessage, FixError } from './fix-error';
import { UNNAMED } from './source-menu-value';

const SourceMenu = lazy(() => import('./source-menu'));

/** An actor a claim's source can be set to. */
export interface SourcePickerChoice {
  id: string;
  name: string;
  type: ActorType;
}

export interface SourcePickerProps {
  /** The claim's source now: an actor id, null for an unnamed source, undefined when neither (no source given). */
  current?: string | null;
  /** The page's actors. */
  choices: readonly SourcePickerChoice[];
  /**
   * The user picked a source (an actor id, or null for "unnamed source"): resolves once it is stored and applied (rejects
   * with a message the user can read), with a token that `onUndo` gets back.
   */
  onPick: (actorId: string | null) => Promise<unknown>;
  /** Undo for the inline result; without it (`inline` false) the caller reports the fix itself. */
  onUndo?: (token: unknown) => Promise<void>;
  /**
   * True (default): after a pick the picker says what changed, with Undo. False: it goes back to its button and the
   * caller reports the fix (a list that regroups its rows after a fix, whose row would take the message away).
   */
  inline?: boolean;
  /** Extra attributes for the trigger button (a list's row keys: tabIndex, data attributes, onKeyDown). */
  triggerProps?: ButtonHTMLAttributes<HTMLButtonElement> & Record<`data-${string}`, string>;
  /** The name of what the claim is (for the trigger's accessible name in a list: "Wrong source of “…”?"). */
  claimLabel?: string;
  /** Tells the caller what the source now is (the card shows it in its heading), or undefined after an undo. */
  onChanged?: (picked: { actorId: string | null; name: string | null } | undefined) => void;
  className?: string;
}

type State =
  | { step: 'idle' }
  | { step: 'busy' }
  | { step: 'done'; said: string; token: unknown }
  | { step: 'undone' }
  | { step: 'error'; message: string };


/** People first (most sources are), then organizations, then places; each group as the page lists them. */
function ordered(choices: readonly SourcePickerChoice[]): SourcePickerChoice[] {
  return ACTOR_TYPE_ORDER.flatMap((t) => choices.filter((c) => c.type === t));
}

/**
 * "Wrong source?": one click opens a menu of the page's actors and "Unnamed source" (arrow keys, type-ahead, Esc:
 * a Radix dropdown menu, `source-menu.tsx`, loaded on that first click); the pick applies at once, with Undo.
 */
export function SourcePicker({ current, choices, onPick, onUndo, inline = true, triggerProps, claimLabel, onChanged, className }: SourcePickerProps) {
  const [state, setState] = useState<State>({ step: 'idle' });
  // The menu is loaded and shown from the first activation on; how it was opened decides where focus starts.
  const [menu, setMenu] = useState<'pointer' | 'keyboard' | null>(null);
  // After a pick, focus goes to Undo (the menu's trigger is gone), so the keyboard can take it back at once.
  const undoRef = useRef<HTMLButtonElement>(null);
  const picked = useRef(false);
  useEffect(() => {
    if (state.step === 'done') undoRef.current?.focus();
  }, [state.step]);
  const pick = async (value: string) => {
    const actorId = value === UNNAMED ? null : value;
    const chosen = actorId ? choices.find((c) => c.id === actorId) : undefined;
    picked.current = true;
    setState({ step: 'busy' });
    try {
      const token = await onPick(actorId);
      if (!inline) return setState({ step: 'idle' });
      setState({ step: 'done', token, said: chosen ? `Now said by ${chosen.name}, on this page.` : 'Now an unnamed source, on this page.' });
      onChanged?.({ actorId, name: chosen?.name ?? null });
    } catch (error) {
      setState({ step: 'error', message: errorMessage(error) });
    }
  };

  if (state.step === 'done' || state.step === 'undone') {
    return (
      <div className={cx('dr-source-fix', className)}>
        <span role="status" className="dr-small">
          {state.step === 'done' ? state.said : 'Undone: back as it was.'}
        </span>
        {state.step === 'done' ? (
          <button
            ref={undoRef}
            type="button"
            className="dr-btn dr-btn--small"
            onClick={async () => {
              try {
                await onUndo?.(state.token);
                setState({ step: 'undone' });
                onChanged?.(undefined);
              } catch (error) {
                setState({ step: 'error', message: errorMessage(error) });
              }
            }}
          >
            Undo
          </button>
        ) : null}
      </div>
    );
  }

  const value = current === null ? UNNAMED : (current ?? '');
  const label = claimLabel ? `Wrong source of “${claimLabel}”?` : undefined;
  const busy = state.step === 'busy';
  return (
    <div className={cx('dr-source-fix', className)}>
      {menu ? (
        <Suspense
          fallback={
            <button type="button" className="dr-btn dr-btn--small" aria-label={label} aria-busy="true" {...triggerProps}>
              Wrong source?
            </button>
          }
        >
          <SourceMenu
            value={value}
            choices={ordered(choices)}
            onPick={(v) => void pick(v)}
            picked={picked}
            keyboard={menu === 'keyboard'}
            disabled={busy}
            label={label}
            triggerProps={triggerProps}
          />
        </Suspense>
      ) : (
        // The menu (Radix, with its positioning and focus code) loads on the first click: the card and the popup
        // open without it.
        <button
          type="button"
          className="dr-btn dr-btn--small"
          aria-label={label}
          aria-haspopup="menu"
          {...triggerProps}
          onClick={() => setMenu('pointer')}
          onKeyDown={(e) => {
            triggerProps?.onKeyDown?.(e);
            if (e.defaultPrevented || !['Enter', ' ', 'ArrowDown'].includes(e.key)) return;
            e.preventDefault();
            setMenu('keyboard');
          }}
        >
          Wrong source?
        </button>
      )}
      {state.step === 'error' ? <FixError message={state.message} className="dr-small" /> : null}
    </div>
  );
}
