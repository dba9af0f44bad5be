import type { KeyboardEvent } from 'react';

/**
 * Arrow keys inside a list whose rows are one Tab stop together (a roving focus group, `@radix-ui/react-roving-focus`,
 * moves between rows with Up/Down): Right reaches the row's secondary button, Left comes back, and Up/Down from the
 * secondary button go on to the neighbouring rows' main buttons.
 */
export const ROW_MAIN = 'data-row-main';
export const ROW_SIDE = 'data-row-side';

function rowOf(el: HTMLElement): HTMLElement | null {
  return el.closest('li');
}

export function onRowMainKey(e: KeyboardEvent<HTMLElement>): void {
  if (e.key !== 'ArrowRight' || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
  const side = rowOf(e.currentTarget)?.querySelector<HTMLElement>(`[${ROW_SIDE}]`);
  if (!side) return;
  e.preventDefault();
  side.focus();
}

export function onRowSideKey(e: KeyboardEvent<HTMLElement>): void {
  if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
  const row = rowOf(e.currentTarget);
  const main = row?.querySelector<HTMLElement>(`[${ROW_MAIN}]`);
  if (!main) return;
  // A row may have more than one side button ("Show more", "Wrong source?"): Left and Right move between them.
  const sides = [...(row?.querySelectorAll<HTMLElement>(`[${ROW_SIDE}]`) ?? [])];
  const at = sides.indexOf(e.currentTarget);
  if (e.key === 'ArrowLeft') {
    e.preventDefault();
    (at > 0 ? sides[at - 1] : main).focus();
    return;
  }
  if (e.key === 'ArrowRight') {
    if (at >= 0 && at < sides.length - 1) {
      e.preventDefault();
      sides[at + 1].focus();
    }
    return;
  }
  if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
  const list = e.currentTarget.closest('[data-roving-list]');
  const mains = [...(list?.querySelectorAll<HTMLElement>(`[${ROW_MAIN}]`) ?? [])];
  const next = mains[mains.indexOf(main) + (e.key === 'ArrowDown' ? 1 : -1)];
  e.preventDefault();
  (next ?? main).focus();
}

/** Read by screen readers with the list (aria-describedby). */
export const ROW_KEYS_HINT = 'Up and down arrows move between rows; the right arrow reaches a row’s other buttons.';
