import { Component, type ErrorInfo, type ReactNode } from 'react';

export interface ErrorBoundaryProps {
  /** What to show instead of the children once they threw while rendering; gets the error and a reset. */
  fallback: (error: Error, reset: () => void) => ReactNode;
  /** When any of these change, a caught error is forgotten and the children render again (e.g. the route). */
  resetKeys?: readonly unknown[];
  children: ReactNode;
}

interface State {
  error: Error | null;
  keys: readonly unknown[] | undefined;
}

/**
 * Catches an error thrown while rendering its children (a stored record of a shape the page does not expect) and
 * shows `fallback` instead, so one bad row or page never blanks the whole library. The only class component: React
 * has no hook for this.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  override state: State = { error: null, keys: this.props.resetKeys };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: State): Partial<State> | null {
    const a = props.resetKeys ?? [];
    const b = state.keys ?? [];
    const changed = a.length !== b.length || a.some((k, i) => !Object.is(k, b[i]));
    return changed ? { error: null, keys: props.resetKeys } : null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn('Dramatis: a part of the page could not be shown:', error, info.componentStack);
  }

  private readonly reset = () => this.setState({ error: null });

  override render(): ReactNode {
    return this.state.error ? this.props.fallback(this.state.error, this.reset) : this.props.children;
  }
}
