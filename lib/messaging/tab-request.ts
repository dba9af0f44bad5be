/**
 * Messages a content script receives (from the popup and the background), with a hand-written check: the content
 * script runs on every page, so it carries no schema library. Only our own extension can message a content script;
 * the check still refuses anything malformed.
 */
export type TabRequest =
  | { type: 'get-state' }
  | { type: 'analyze' }
  | { type: 'set-highlights'; visible: boolean }
  | { type: 'jump'; start: number; end: number }
  | { type: 'hide-card' }
  // The keyboard path to the page's marks (background, from the next-mark / previous-mark commands).
  | { type: 'step-mark'; direction: 1 | -1 };

const isOffset = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 1e8;

/** The request, or null when `message` is not exactly one of the shapes above (extra keys are refused). */
export function parseTabRequest(message: unknown): TabRequest | null {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return null;
  const m = message as Record<string, unknown>;
  const keys = Object.keys(m).sort().join(',');
  switch (m.type) {
    case 'get-state':
    case 'analyze':
    case 'hide-card':
      return keys === 'type' ? { type: m.type } : null;
    case 'set-highlights':
      return keys === 'type,visible' && typeof m.visible === 'boolean' ? { type: 'set-highlights', visible: m.visible } : null;
    case 'step-mark':
      return keys === 'direction,type' && (m.direction === 1 || m.direction === -1) ? { type: 'step-mark', direction: m.direction } : null;
    case 'jump':
      return keys === 'end,start,type' && isOffset(m.start) && isOffset(m.end) && m.end > m.start
        ? { type: 'jump', start: m.start, end: m.end }
        : null;
    default:
      return null;
  }
}
