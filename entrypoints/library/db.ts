import { DramatisDB } from '@/lib/store/db';

/** The library page's one connection to the extension's database. */
export const db = new DramatisDB();

// Opened as soon as the page's script runs, while React renders the first frame, so the first query does not wait
// for the open (a failure is reported by the queries themselves, which reject with the same error).
void db.open().catch(() => undefined);
