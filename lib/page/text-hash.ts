/**
 * A short fingerprint of a text (FNV-1a, 32 bits, over UTF-16 code units). The engine reads the article's text in its
 * copy of the page and the page reads it in the live DOM; when their fingerprints and lengths agree, the page paints
 * the engine's spans at once, without sending its own text back.
 */
export function textHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}
