/**
 * The line after a forget: what went, and Undo while the page still holds it (a status, announced politely). The
 * forgotten row or page is gone from under the keyboard focus, so Undo takes the focus when the notice appears
 * (Escape dismisses it).
 */
import { useEffect, useRef } from 'react';

export interface UndoNoticeData {
  text: string;
  /** Absent once undone or when nothing can be put back. */
  onUndo?: () => void;
}

export function UndoNotice({ notice, onDismiss }: { notice: UndoNoticeData | null; onDismiss?: () => void }) {
  const undo = useRef<HTMLButtonElement>(null);
  const canUndo = !!notice?.onUndo;
  useEffect(() => {
    if (canUndo) undo.current?.focus();
  }, [notice, canUndo]);
  return (
    <div className="dr-snackbar-slot" role="status" aria-live="polite">
      {notice ? (
        <div
          className="dr-snackbar"
          onKeyDown={(e) => {
            if (e.key === 'Escape' && onDismiss) {
              e.preventDefault();
              onDismiss();
            }
          }}
        >
          <span>{notice.text}</span>
          {notice.onUndo ? (
            <button ref={undo} type="button" className="dr-btn dr-btn--small" onClick={notice.onUndo}>
              Undo
            </button>
          ) : null}
          {onDismiss ? (
            <button type="button" className="dr-btn dr-btn--small" aria-label="Dismiss" onClick={onDismiss}>
              ×
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
