export interface LoadingStateProps {
  /** What is being waited for, e.g. "Reading the article…". */
  label?: string;
}

export function LoadingState({ label = 'Loading…' }: LoadingStateProps) {
  return (
    <div className="dr dr-state" role="status" aria-live="polite" aria-busy="true">
      <span className="dr-spinner" aria-hidden="true" />
      <p>{label}</p>
    </div>
  );
}
