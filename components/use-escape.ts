import { useEffect, useRef, type RefObject } from 'react';

/**
 * Calls `onEscape` when Escape is pressed anywhere in the element's document (the host page's document for a card in
 * a shadow root, so Esc works even when the card never had focus). No listener when `onEscape` is undefined.
 */
export function useEscape(ref: RefObject<HTMLElement | null>, onEscape: (() => void) | undefined): void {
  const latest = useRef(onEscape);
  useEffect(() => {
    latest.current = onEscape;
  });
  const enabled = !!onEscape;
  useEffect(() => {
    const doc = ref.current?.ownerDocument;
    if (!enabled || !doc) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) latest.current?.();
    };
    doc.addEventListener('keydown', onKey);
    return () => doc.removeEventListener('keydown', onKey);
  }, [ref, enabled]);
}
