import { Fragment, useEffect, useRef, useState, type ReactNode } from 'react';
import * as Menu from '@radix-ui/react-dropdown-menu';

/** One entry of an actions menu; `separator` draws a line before it. */
export interface MenuAction {
  label: string;
  onSelect: () => void;
  separator?: boolean;
  /** Keep focus where the action puts it (e.g. a text box it opens), instead of back on the menu button. */
  keepsFocus?: boolean;
}

export interface ActionsMenuProps {
  /** The button's accessible name, e.g. "More actions for <title>". */
  label: string;
  /** The button's visible content. */
  children: ReactNode;
  actions: readonly MenuAction[];
  /** Opened from the keyboard: focus starts on the first item. */
  keyboard: boolean;
  buttonProps?: Record<`data-${string}`, string> & { className?: string };
}

/**
 * A row's secondary actions (Radix dropdown menu: arrow keys, type-ahead, Esc, focus back to the button), loaded on
 * demand by the row and mounted open: the click that loaded it is the click that opens it.
 */
export default function ActionsMenu({ label, children, actions, keyboard, buttonProps }: ActionsMenuProps) {
  const content = useRef<HTMLDivElement>(null);
  const keep = useRef(false);
  const [open, setOpen] = useState(true);
  // Radix starts on the first item only when it saw the key that opened the menu; this one mounted after that key.
  useEffect(() => {
    if (!keyboard) return;
    const timer = setTimeout(() => content.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus(), 0);
    return () => clearTimeout(timer);
  }, [keyboard]);
  return (
    <Menu.Root open={open} onOpenChange={setOpen} modal={false}>
      <Menu.Trigger asChild>
        <button type="button" aria-label={label} {...buttonProps}>
          {children}
        </button>
      </Menu.Trigger>
      <Menu.Portal>
        <Menu.Content
          ref={content}
          className="dr dr-menu"
          align="end"
          sideOffset={4}
          collisionPadding={8}
          loop
          onCloseAutoFocus={(e) => {
            if (keep.current) e.preventDefault();
            keep.current = false;
          }}
        >
          {actions.map((action) => (
            <Fragment key={action.label}>
              {action.separator ? <Menu.Separator className="dr-menu__sep" /> : null}
              <Menu.Item
                className="dr-menu__item"
                onSelect={() => {
                  keep.current = !!action.keepsFocus;
                  action.onSelect();
                }}
              >
                {action.label}
              </Menu.Item>
            </Fragment>
          ))}
        </Menu.Content>
      </Menu.Portal>
    </Menu.Root>
  );
}
