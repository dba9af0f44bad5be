import { useEffect, useRef, type ButtonHTMLAttributes, type MutableRefObject } from 'react';
import * as Menu from '@radix-ui/react-dropdown-menu';
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
  /** Opened from the keyboard: focus starts on the checked item (or the first), as Radix does for a keyboard open. */
  keyboard: boolean;
  disabled?: boolean;
  label?: string;
  triggerProps?: ButtonHTMLAttributes<HTMLButtonElement>;
}

/**
 * The "Wrong source?" menu itself (Radix dropdown menu), loaded on demand by SourcePicker and mounted open: the click
 * that loaded it is the click that opens it.
 */
export default function SourceMenu({ value, choices, onPick, picked, keyboard, disabled, label, triggerProps }: SourceMenuProps) {
  const content = useRef<HTMLDivElement>(null);
  // Radix starts on an item only when it saw the key that opened the menu; this menu mounted after that key, so a
  // keyboard open puts focus on the checked item (or the first) once Radix has focused the menu.
  useEffect(() => {
    if (!keyboard) return;
    const timer = setTimeout(() => {
      const items = [...(content.current?.querySelectorAll<HTMLElement>('[role="menuitemradio"]') ?? [])];
      (items.find((i) => i.getAttribute('aria-checked') === 'true') ?? items[0])?.focus();
    }, 0);
    return () => clearTimeout(timer);
  }, [keyboard]);
  return (
    <Menu.Root
      defaultOpen
      // Not modal: a pick replaces the picker with its result while the menu closes, and a modal menu unmounted
      // while closing can leave the page's pointer events off (the next click in the card then does nothing).
      modal={false}
      onOpenChange={(open) => {
        if (open) picked.current = false;
      }}
    >
      <Menu.Trigger asChild disabled={disabled}>
        <button type="button" className="dr-btn dr-btn--small" aria-label={label} {...triggerProps}>
          Wrong source?
        </button>
      </Menu.Trigger>
      <Menu.Portal>
        <Menu.Content
          ref={content}
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
          <Menu.RadioGroup value={value} onValueChange={onPick}>
            <Menu.RadioItem className="dr-menu__item" value={UNNAMED}>
              <TypeGlyph kind="claim-anonymous" /> Unnamed source
              <Menu.ItemIndicator className="dr-menu__check">✓</Menu.ItemIndicator>
            </Menu.RadioItem>
            {choices.map((c) => (
              <Menu.RadioItem key={c.id} className="dr-menu__item" value={c.id} textValue={c.name}>
                <TypeGlyph kind={c.type} /> {c.name}
                <Menu.ItemIndicator className="dr-menu__check">✓</Menu.ItemIndicator>
              </Menu.RadioItem>
            ))}
          </Menu.RadioGroup>
        </Menu.Content>
      </Menu.Portal>
    </Menu.Root>
  );
}
