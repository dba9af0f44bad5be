import { useEffect, useRef, useState, type ButtonHTMLAttributes } from 'react';
import * as Menu from '@radix-ui/react-dropdown-menu';
import type { ActorType } from '@/lib/nlp/types';
import { ACTOR_TYPE_ORDER, cx } from './format';
import { TypeGlyph } from './type-glyph';

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

const UNNAMED = '~unnamed';
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** People first (most sources are), then organizations, then places; each group as the page lists them. */
function ordered(choices: readonly SourcePickerChoice[]): SourcePickerChoice[] {
  return ACTOR_TYPE_ORDER.flatMap((t) => choices.filter((c) => c.type === t));
}

/**
 * "Wrong source?": one click opens a menu of the page's actors and "Unnamed source" (arrow keys, type-ahead, Esc:
 * a Radix dropdown menu); the pick applies at once, with Undo.
 */
export function SourcePicker({ current, choices, onPick, onUndo, inline = true, triggerProps, claimLabel, onChanged, className }: SourcePickerProps) {
  const [state, setState] = useState<State>({ step: 'idle' });
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
      setState({ step: 'error', message: message(error) });
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
                setState({ step: 'error', message: message(error) });
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
  return (
    <div className={cx('dr-source-fix', className)}>
      <Menu.Root
        // Not modal: a pick replaces the picker with its result while the menu closes, and a modal menu unmounted
        // while closing can leave the page's pointer events off (the next click in the card then does nothing).
        modal={false}
        onOpenChange={(open) => {
          if (open) picked.current = false;
        }}
      >
        <Menu.Trigger asChild disabled={state.step === 'busy'}>
          <button
            type="button"
            className="dr-btn dr-btn--small"
            aria-label={claimLabel ? `Wrong source of “${claimLabel}”?` : undefined}
            {...triggerProps}
          >
            Wrong source?
          </button>
        </Menu.Trigger>
        <Menu.Portal>
          <Menu.Content
            className="dr dr-menu"
            align="start"
            sideOffset={4}
            collisionPadding={8}
            loop
            // Closed by a pick: focus goes to Undo once the fix is applied, not back to the trigger.
            onCloseAutoFocus={(e) => {
              if (picked.current) e.preventDefault();
            }}
          >
            <Menu.Label className="dr-menu__label">Who said this?</Menu.Label>
            <Menu.RadioGroup value={value} onValueChange={(v) => void pick(v)}>
              <Menu.RadioItem className="dr-menu__item" value={UNNAMED}>
                <TypeGlyph kind="claim-anonymous" /> Unnamed source
                <Menu.ItemIndicator className="dr-menu__check">✓</Menu.ItemIndicator>
              </Menu.RadioItem>
              {ordered(choices).map((c) => (
                <Menu.RadioItem key={c.id} className="dr-menu__item" value={c.id} textValue={c.name}>
                  <TypeGlyph kind={c.type} /> {c.name}
                  <Menu.ItemIndicator className="dr-menu__check">✓</Menu.ItemIndicator>
                </Menu.RadioItem>
              ))}
            </Menu.RadioGroup>
          </Menu.Content>
        </Menu.Portal>
      </Menu.Root>
      {state.step === 'error' ? (
        <span className="dr-error-text dr-small" role="alert">
          Not fixed: {state.message}
        </span>
      ) : null}
    </div>
  );
}
