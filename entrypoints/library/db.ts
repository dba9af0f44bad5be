import { DramatisDB } from '@/lib/store/db';

/** The library page's one connection to the extension's database. */
export const db = new DramatisDB();
