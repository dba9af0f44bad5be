import type { ReactNode } from 'react';

export interface EmptyStateProps {
  title: string;
  /** A sentence saying what to do next. */
  children?: ReactNode;
  /** Optional call to action (a button). */
  action?: ReactNode;
}

export function EmptyState({ title, children, action }: EmptyStateProps) {
  return (
    <div className="dr dr-state" role="status">
      <p className="dr-state__title">{title}</p>
      {children ? <div>{children}</div> : null}
      {action ?? null}
    </div>
  );
}
