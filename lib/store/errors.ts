/** A write failed because the browser's storage quota is full: nothing of the failed operation was saved. */
export class QuotaError extends Error {
  override name = 'QuotaError';
  constructor(message = 'Storage is full: nothing was saved. Free some space (delete or export old articles) and try again.', options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** An import file was rejected: nothing was imported. `message` says why in words a user can act on. */
export class ImportError extends Error {
  override name = 'ImportError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** True when `error` (or its Dexie inner error / cause) is a storage quota error. */
export function isQuotaError(error: unknown): boolean {
  for (let e: any = error, i = 0; e && i < 5; e = e.inner ?? e.cause, i++) {
    if (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22) return true;
  }
  return false;
}

/** Runs a write; a quota failure becomes a QuotaError (the transaction has already rolled back). */
export async function withQuota<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isQuotaError(error)) throw new QuotaError(undefined, { cause: error });
    throw error;
  }
}
