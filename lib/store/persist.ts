/**
 * Asks the browser to keep the extension's storage when disk space runs low (`navigator.storage.persist()`), and
 * reports usage. `persist()` exists only in documents (not in the service worker), so it is asked from an extension
 * page at the moment it starts to matter: when the library first shows a saved article (the first save), and when an
 * import is written. Options shows the state (`storageStatus`, which asks nothing) with the reason. With the
 * `unlimitedStorage` permission, Chrome already treats extension storage as persistent; Firefox may answer false
 * until the user allows it.
 */
export interface StorageStatus {
  /** null when the StorageManager API is missing. */
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

type StorageLike = Pick<StorageManager, 'persisted' | 'persist' | 'estimate'>;

export async function ensurePersistentStorage(storage: StorageLike | undefined = globalThis.navigator?.storage): Promise<StorageStatus> {
  return readStatus(storage, true);
}

/** The storage state, without asking for persistence. */
export async function storageStatus(storage: StorageLike | undefined = globalThis.navigator?.storage): Promise<StorageStatus> {
  return readStatus(storage, false);
}

async function readStatus(storage: StorageLike | undefined, ask: boolean): Promise<StorageStatus> {
  if (!storage?.persisted) return { persisted: null, usage: null, quota: null };
  let persisted = false;
  try {
    persisted = (await storage.persisted()) || (ask && typeof storage.persist === 'function' && (await storage.persist()));
  } catch {
    persisted = false;
  }
  let usage: number | null = null;
  let quota: number | null = null;
  try {
    const e = await storage.estimate();
    usage = e.usage ?? null;
    quota = e.quota ?? null;
  } catch {
    // estimate is informative only
  }
  return { persisted, usage, quota };
}
