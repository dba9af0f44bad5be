/**
 * What a save from the context menu or the keyboard shortcut tells the user: a badge on the toolbar icon (a check mark
 * for a few seconds, or "!" until the next save) and a sentence, shown as the icon's tooltip and by the popup. A save
 * that fails is never silent; a full disk says what to do.
 */
import { isQuotaError } from './errors';

export interface SaveOutcome {
  ok: boolean;
  /** epoch ms */
  at: number;
  /** The saved URL (success only). */
  url?: string;
  /** One sentence for the user. */
  message: string;
}

/** The badge of each outcome: data with a reason. */
export const BADGES = {
  ok: {
    text: '✓',
    color: '#1a7f37',
    clearAfterMs: 4000 as number | null,
    reason: 'A save from the menu or the shortcut has no other visible effect: the check mark confirms it, then goes so the icon is clean.',
  },
  error: {
    text: '!',
    color: '#b42318',
    clearAfterMs: null as number | null,
    reason: 'The user may look away at the moment of the save: the mark stays until the next save on that tab, and the tooltip and the popup say why.',
  },
} as const;

export const QUOTA_MESSAGE =
  'Not saved: storage is full. Free some space on this computer, or delete or export old articles in the reading list, then save again.';

export function saveFailure(error: unknown, now = Date.now()): SaveOutcome {
  if (isQuotaError(error)) return { ok: false, at: now, message: QUOTA_MESSAGE };
  if (!(error instanceof Error) && !(typeof DOMException !== 'undefined' && error instanceof DOMException)) {
    return { ok: false, at: now, message: error ? `Not saved: ${String(error)}` : 'Not saved: an unknown error.' };
  }
  const e = error as Error;
  // IndexedDB's own errors (ConstraintError, DataError, ...) name the database, not the page: say where it failed.
  const fromDatabase = /Error$/.test(e.name) && e.name !== 'Error' && e.name !== 'TypeError';
  return { ok: false, at: now, message: fromDatabase ? `Not saved: the reading list refused the article (${e.name}: ${e.message}).` : `Not saved: ${e.message}` };
}

export function saveSuccess(saved: { id: number; url: string; keptLonger?: boolean }, now = Date.now()): SaveOutcome {
  return {
    ok: true,
    at: now,
    url: saved.url,
    message: saved.keptLonger
      ? 'Saved. The text saved before is longer than this copy of the page, so it was kept (the reading list says so on the article).'
      : 'Saved to your reading list.',
  };
}
