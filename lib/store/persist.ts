/**
 * Asks the browser to keep the extension's storage when disk space runs low (`navigator.storage.persist()`), and
 * reports usage. Call once from the background on install/startup. With the `unlimitedStorage` permission, Chrome
 * already treats extension storage as persistent; Firefox may still answer false until the user allows it.
 */
export interface StorageStatus {
  /** null when the StorageManager API is missing. */
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

type StorageLike = Pick<StorageManager, 'persisted' | 'persist' | 'estimate'>;

export async function ensurePersistentStorage(storage: StorageLike | undefined = globalThis.navigator?.storage): Promise<StorageStatus> {
  if (!storage?.persisted) return { persisted: null, usage: null, quota: null };
  let persisted = false;
  try {
    persisted = (await storage.persisted()) || (await storage.persist());
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
