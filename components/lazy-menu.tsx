import { useEffect, useRef, type ReactElement, type ReactNode } from 'react';
import * as Menu from '@radix-ui/react-dropdown-menu';
import { cx } from './format';

export interface LazyMenuProps {
  /** The menu button (rendered as Radix's trigger). */
  trigger: ReactElement;
  /** Opened from the keyboard: focus starts inside the menu (`startAt`, else the first item). */
  keyboard: boolean;
  /** Where focus starts: called once the menu is shown; falls back to the first item on a keyboard open. */
  startAt?: (content: HTMLElement) => HTMLElement | null | undefined;
  align: 'start' | 'end';
  /** Asked when the menu closes: true keeps focus where the chosen action put it, instead of back on the button. */
  keepFocus: () => boolean;
  onOpenChange?: (open: boolean) => void;
  disabled?: boolean;
  className?: string;
  /** Attributes for the menu's box (e.g. a role and a name when the box holds more than the menu). */
  contentProps?: Record<string, string | undefined>;
  children: ReactNode;
}

/**
 * The shared wiring of the menus loaded on demand (a library row's "More actions", "Wrong source?"): a Radix dropdown
 * menu (arrow keys, type-ahead, Esc and focus back to the button) mounted open, since the click that loaded it is the
 * click that opens it. Radix starts on an item only when it saw the key that opened the menu, and this one mounted
 * after that key: a keyboard open moves focus in once Radix has focused the menu. Not modal: a pick may replace the
 * button while the menu closes, and a modal menu unmounted while closing can leave the page's pointer events off.
 */
export function LazyMenu({ trigger, keyboard, startAt, align, keepFocus, onOpenChange, disabled, className, contentProps, children }: LazyMenuProps) {
  const content = useRef<HTMLDivElement>(null);
  const start = useRef(startAt);
  start.current = startAt;
  useEffect(() => {
    const timer = setTimeout(() => {
      const menu = content.current;
      if (!menu) return;
      const target = start.current?.(menu) ?? (keyboard ? menu.querySelector<HTMLElement>('[role^="menuitem"]') : null);
      target?.focus();
    }, 0);
    return () => clearTimeout(timer);
  }, [keyboard]);
  return (
    <Menu.Root defaultOpen modal={false} onOpenChange={onOpenChange}>
      <Menu.Trigger asChild disabled={disabled}>
        {trigger}
      </Menu.Trigger>
      <Menu.Portal>
        <Menu.Content
          ref={content}
          className={cx('dr dr-menu', className)}
          align={align}
          sideOffset={4}
          collisionPadding={8}
          loop
          {...contentProps}
          onCloseAutoFocus={(e) => {
            if (keepFocus()) e.preventDefault();
          }}
        >
          {children}
        </Menu.Content>
      </Menu.Portal>
    </Menu.Root>
  );
}
