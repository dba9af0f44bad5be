export interface ErrorStateProps {
  /** What went wrong, in words a reader understands. */
  message: string;
  title?: string;
  /** Shows a "Try again" button when given. */
  onRetry?: () => void;
  retryLabel?: string;
}

export function ErrorState({ message, title = 'Something went wrong', onRetry, retryLabel = 'Try again' }: ErrorStateProps) {
  return (
    <div className="dr dr-state dr-state--error" role="alert">
      <p className="dr-state__title">{title}</p>
      <p>{message}</p>
      {onRetry ? (
        <button type="button" className="dr-btn" onClick={onRetry}>
          {retryLabel}
        </button>
      ) : null}
    </div>
  );
}
