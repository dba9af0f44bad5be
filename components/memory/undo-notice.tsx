/** The line after a forget: what went, and Undo while the page still holds it (a status, announced politely). */
export interface UndoNoticeData {
  text: string;
  /** Absent once undone or when nothing can be put back. */
  onUndo?: () => void;
}

export function UndoNotice({ notice, onDismiss }: { notice: UndoNoticeData | null; onDismiss?: () => void }) {
  return (
    <div className="dr-snackbar-slot" role="status" aria-live="polite">
      {notice ? (
        <div className="dr-snackbar">
          <span>{notice.text}</span>
          {notice.onUndo ? (
            <button type="button" className="dr-btn dr-btn--small" onClick={notice.onUndo}>
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
