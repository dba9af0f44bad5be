import { useCallback, useEffect, useId, useRef, useState, type ButtonHTMLAttributes, type KeyboardEvent, type MutableRefObject } from 'react';
import * as Menu from '@radix-ui/react-dropdown-menu';
import type { ActorType } from '@/lib/nlp/types';
import { LazyMenu } from './lazy-menu';
import type { SourcePickerChoice } from './source-picker';
import { UNNAMED } from './source-menu-value';
import { TypeGlyph } from './type-glyph';

export interface SourceMenuProps {
  /** The checked item: an actor id, UNNAMED, or '' for none. */
  value: string;
  /** In the order shown. */
  choices: readonly SourcePickerChoice[];
  onPick: (value: string) => void;
  /** Set true when a pick closes the menu (focus then goes to the picker's Undo, not back to the button). */
  picked: MutableRefObject<boolean>;
  /** Opened from the keyboard: focus starts on the checked item (or the first). */
  keyboard: boolean;
  disabled?: boolean;
  label?: string;
  triggerProps?: ButtonHTMLAttributes<HTMLButtonElement>;
}

/** From this many actors the menu has a filter box (9 actors filled the 300 px card frame and hid the last ones). */
export const FILTER_FROM = 8;

const GROUPS: { type: ActorType; label: string }[] = [
  { type: 'person', label: 'People' },
  { type: 'organization', label: 'Organizations' },
  { type: 'place', label: 'Places' },
];

/** Case and accents aside: "sao" finds "São Paulo". */
const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();

/** Keys the filter box keeps for itself (Radix would take a letter for type-ahead, Home/End for its items). */
const OWN_KEYS = new Set(['Home', 'End', 'ArrowLeft', 'ArrowRight', 'Backspace', 'Delete', ' ']);

/**
 * The "Wrong source?" menu itself, loaded on demand by SourcePicker (lazy-menu.tsx has the menu's wiring): "Unnamed
 * source", then the page's actors grouped by type under a heading each. A long list gets a filter box (focused on
 * open; ArrowDown or Enter goes to the first match) and scrolls inside the menu with a visible cue while more lies
 * below. Arrow keys, type-ahead on the items, and Esc (focus back to the button) are Radix's.
 */
export default function SourceMenu({ value, choices, onPick, picked, keyboard, disabled, label, triggerProps }: SourceMenuProps) {
  const [query, setQuery] = useState('');
  const list = useRef<HTMLDivElement>(null);
  const [more, setMore] = useState(false);
  const filterId = useId();
  const long = choices.length >= FILTER_FROM;
  const q = fold(query.trim());
  const shown = q ? choices.filter((c) => fold(c.name).includes(q)) : choices;

  // The cue: shown while the list scrolls and its end is out of sight.
  const measure = useCallback(() => {
    const el = list.current;
    setMore(!!el && el.scrollHeight - el.scrollTop - el.clientHeight > 2);
  }, []);
  useEffect(() => {
    // After Radix has sized the menu to the room it has.
    const timer = setTimeout(measure, 0);
    const el = list.current;
    const observer = typeof ResizeObserver === 'function' && el ? new ResizeObserver(measure) : undefined;
    if (el) observer?.observe(el);
    return () => {
      clearTimeout(timer);
      observer?.disconnect();
    };
  }, [measure, shown.length]);

  const items = () => [...(list.current?.querySelectorAll<HTMLElement>('[role="menuitemradio"]') ?? [])];
  const onFilterKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'Enter') {
      e.preventDefault();
      e.stopPropagation();
      // The first match (after "Unnamed source" only when the filter matches nothing else).
      const all = items();
      (q ? (all[1] ?? all[0]) : all[0])?.focus();
      return;
    }
    if (e.key.length === 1 || OWN_KEYS.has(e.key)) e.stopPropagation();
  };

  const item = (c: SourcePickerChoice) => (
    <Menu.RadioItem key={c.id} className="dr-menu__item" value={c.id} textValue={c.name}>
      <TypeGlyph kind={c.type} /> {c.name}
      <Menu.ItemIndicator className="dr-menu__check">✓</Menu.ItemIndicator>
    </Menu.RadioItem>
  );

  return (
    <LazyMenu
      align="start"
      keyboard={keyboard}
      className="dr-menu--source"
      // With a filter box the box is a dialog holding a text box and the menu (a menu may hold only its items).
      // (Radix's aria-orientation and its name from the button belong to the menu, not to the dialog.)
      contentProps={long ? { role: 'dialog', 'aria-label': 'Who said this?', 'aria-labelledby': undefined, 'aria-orientation': undefined } : undefined}
      disabled={disabled}
      onOpenChange={(open) => {
        if (open) picked.current = false;
      }}
      // Closed by a pick: focus goes to Undo once the fix is applied, not back to the trigger.
      keepFocus={() => picked.current}
      startAt={(menu) =>
        long
          ? menu.querySelector<HTMLElement>('input')
          : keyboard
            ? (items().find((i) => i.getAttribute('aria-checked') === 'true') ?? items()[0])
            : undefined
      }
      trigger={
        <button type="button" className="dr-btn dr-btn--small" aria-label={label} {...triggerProps}>
          Wrong source?
        </button>
      }
    >
      <Menu.Label className="dr-menu__label">Who said this?</Menu.Label>
      {long ? (
        <div className="dr-menu__filter">
          <input
            id={filterId}
            className="dr-input dr-input--small"
            type="search"
            placeholder={`Filter ${choices.length} names`}
            aria-label="Filter the names"
            autoComplete="off"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={onFilterKey}
          />
        </div>
      ) : null}
      <div ref={list} className="dr-menu__list" onScroll={measure} {...(long ? { role: 'menu', 'aria-label': 'Who said this?', 'aria-orientation': 'vertical' as const } : {})}>
        <Menu.RadioGroup value={value} onValueChange={onPick}>
          <Menu.RadioItem className="dr-menu__item" value={UNNAMED}>
            <TypeGlyph kind="claim-anonymous" /> Unnamed source
            <Menu.ItemIndicator className="dr-menu__check">✓</Menu.ItemIndicator>
          </Menu.RadioItem>
          {GROUPS.map(({ type, label: heading }) => {
            const group = shown.filter((c) => c.type === type);
            if (!group.length) return null;
            return (
              <Menu.Group key={type} aria-label={heading}>
                <Menu.Label className="dr-menu__group">{heading}</Menu.Label>
                {group.map(item)}
              </Menu.Group>
            );
          })}
        </Menu.RadioGroup>
        {q && shown.length === 0 ? <Menu.Label className="dr-menu__empty">No name matches “{query.trim()}”.</Menu.Label> : null}
      </div>
      {more ? (
        <div className="dr-menu__more" aria-hidden="true">
          More below ↓
        </div>
      ) : null}
    </LazyMenu>
  );
}
