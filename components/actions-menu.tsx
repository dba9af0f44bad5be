import { Fragment, useRef, type ReactNode } from 'react';
import * as Menu from '@radix-ui/react-dropdown-menu';
import { LazyMenu } from './lazy-menu';

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

/** A row's secondary actions, loaded on demand by the row (lazy-menu.tsx has the menu's wiring). */
export default function ActionsMenu({ label, children, actions, keyboard, buttonProps }: ActionsMenuProps) {
  const keep = useRef(false);
  return (
    <LazyMenu
      align="end"
      keyboard={keyboard}
      keepFocus={() => {
        const kept = keep.current;
        keep.current = false;
        return kept;
      }}
      trigger={
        <button type="button" aria-label={label} {...buttonProps}>
          {children}
        </button>
      }
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
    </LazyMenu>
  );
}
