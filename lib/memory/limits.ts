/** Caps on what the reading history keeps of one article, as data with reasons (pure; shared by the record and the import). */

/** A claim longer than this is kept as its first MAX_CLAIM_CHARS characters (cut at a word). */
export const MAX_CLAIM_CHARS = 400;
export const MAX_CLAIM_CHARS_REASON = 'Enough words to recognise the claim again and show it; the full text stays on the page (or in a saved article).';
/** At most this many actors and claims per article. */
export const MAX_ACTORS = 300;
export const MAX_CLAIMS = 300;
export const MAX_PER_ARTICLE_REASON = 'Real articles name far fewer; a hostile page may produce thousands, and each one costs storage in every later query.';
