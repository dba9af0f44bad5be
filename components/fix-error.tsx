import { cx } from './format';

/** Why a one-click correction failed, in the user's words ("Not fixed: …"), announced at once (quick-fix, source-picker). */
export function FixError({ message, className }: { message: string; className?: string }) {
  return (
    <span className={cx('dr-error-text', className)} role="alert">
      Not fixed: {message}
    </span>
  );
}

/** A thrown value as the words to show. */
export const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));
