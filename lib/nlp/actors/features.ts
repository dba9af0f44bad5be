import { foldName, gazetteerNames, type PlaceKind } from '../../kb';

/**
 * Hashed features for the sequence tagger, shared by training (scripts/train.ts) and inference so both see exactly the
 * same features. No string concatenation per feature: each token gets a few integer hashes once, features are integer
 * mixes of a template id and those hashes, reduced to `HASH_BITS` bits.
 */
export const HASH_BITS = 19;
export const HASH_MASK = (1 << HASH_BITS) - 1;
export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'] as const;
export const NT = TAGS.length;

export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** FNV-1a continued from state `h` over `s[from, to)`: `hashFrom(hashString(a), b)` equals `hashString(a + b)` (as int32). */
function hashFrom(h: number, s: string, from = 0, to = s.length): number {
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x5bd1e995, 0x9e3779b1) ^ b;
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  h = Math.imul(h, 0x297a2d39);
  h ^= h >>> 15;
  return h;
}

/** Prefix of first names in the Bloom filter (first words of person names in the training data). */
export const FIRST_NAME_KEY = '\u0001';

/** A Bloom filter of words seen lower-case in the training text (shipped inside the model). */
export class Bloom {
  constructor(
    readonly bits: Uint8Array,
    readonly k = 3,
  ) {}
  static create(bytes: number): Bloom {
    return new Bloom(new Uint8Array(bytes));
  }
  add(word: string): void {
    const m = this.bits.length * 8;
    let x = hashString(word);
    for (let i = 0; i < this.k; i++) {
      x = mix(x, i + 1);
      const p = (x >>> 0) % m;
      this.bits[p >> 3] |= 1 << (p & 7);
    }
  }
  has(word: string): boolean {
    return this.hasHash(hashString(word));
  }
  /** `has` for a word given by its `hashString` (or `hashFrom`) value: no string needed. */
  hasHash(h: number): boolean {
    const bits = this.bits;
    const m = bits.length * 8;
    let x = h;
    for (let i = 0; i < this.k; i++) {
      x = mix(x, i + 1);
      const p = (x >>> 0) % m;
      if (!(bits[p >> 3] & (1 << (p & 7)))) return false;
    }
    return true;
  }
}

/** Prefix of English dictionary words (SCOWL, no proper names) in the Bloom filter. */
export const DICT_KEY = '\u0002';
/** Prefix of one-word surnames in the Bloom filter. */
export const SURNAME_KEY = '\u0003';
/**
 * Prefixes of multi-word gazetteer names in the Bloom filter (folded, tokens joined by one space): GeoNames cities,
 * regions, organizations, sports teams. Codes start at 1; a token's code is `code * 2 + (0 begin, 1 inside)`.
 */
export const GAZ_BLOOM_KEYS = { city: '\u0004', region: '\u0005', organization: '\u0006', sports: '\u0007' } as const;
const GAZ_BLOOM_LIST = Object.values(GAZ_BLOOM_KEYS);
/** Longest gazetteer name tried, in tokens. */
const GAZ_MAX = 4;

/** State of `hashString` after each gazetteer prefix, to hash prefix + name without building the string. */
const GAZ_PREFIX_HASH = GAZ_BLOOM_LIST.map((p) => hashFrom(0x811c9dc5, p));
/** Scratch: GAZ_PREFIX_HASH.length x GAZ_MAX hashes of prefix + the names starting at one token. */
const gazKeyHash = new Int32Array(GAZ_BLOOM_LIST.length * GAZ_MAX);

/** Per token: Bloom-gazetteer code (see GAZ_BLOOM_KEYS) * 2 + (0 begin, 1 inside), or -1. Capitalized starts only. */
export function bloomGazetteerTags(words: string[], lower: string[], caps: boolean[], bloom: Bloom | undefined): Int8Array {
  const out = new Int8Array(words.length);
  bloomGazetteerInto(out, words.length, lower, caps, bloom);
  return out;
}

/**
 * `bloomGazetteerTags` into `out[0, n)`. The Bloom key of tokens i..i+len-1 is prefix + lower words joined by one space;
 * its FNV hash is extended one token at a time from the prefix's hash, longest match first as before. With `infos`
 * (the tokens' TokenInfo), the one-word answers are cached per word.
 */
function bloomGazetteerInto(out: Int8Array, n: number, lower: ArrayLike<string>, caps: ArrayLike<boolean>, bloom: Bloom | undefined, infos?: TokenInfo[]): void {
  out.fill(-1, 0, n);
  if (!bloom) return;
  const NC = GAZ_PREFIX_HASH.length;
  const H = gazKeyHash;
  for (let i = 0; i < n; i++) {
    if (!caps[i]) continue;
    // lengths whose last token is not capitalized are never tried
    let maxLen = Math.min(GAZ_MAX, n - i);
    while (maxLen > 1 && !caps[i + maxLen - 1]) maxLen--;
    const info = infos ? infos[i] : undefined;
    if (maxLen > 1 || !info)
      for (let c = 0; c < NC; c++) {
        let h = GAZ_PREFIX_HASH[c];
        for (let k = 0; k < maxLen; k++) {
          if (k > 0) h = Math.imul(h ^ 32, 0x01000193); // the joining space
          h = hashFrom(h, lower[i + k]);
          H[c * GAZ_MAX + k] = h;
        }
      }
    let uni = -1; // bit c: the word alone is in gazetteer c (from the cache)
    if (info) {
      if (info.gazOneOf !== bloom) {
        let mask = 0;
        for (let c = 0; c < NC; c++) if (bloom.hasHash(hashFrom(GAZ_PREFIX_HASH[c], info.lowerText))) mask |= 1 << c;
        info.gazOne = mask;
        info.gazOneOf = bloom;
      }
      uni = info.gazOne;
    }
    let found = false;
    for (let len = maxLen; len >= 1 && !found; len--) {
      if (!caps[i + len - 1]) continue;
      for (let c = 0; c < NC; c++) {
        if (len === 1 && uni >= 0 ? (uni & (1 << c)) === 0 : !bloom.hasHash(H[c * GAZ_MAX + len - 1])) continue;
        out[i] = (c + 1) * 2;
        for (let k = 1; k < len; k++) out[i + k] = (c + 1) * 2 + 1;
        i += len - 1;
        found = true;
        break;
      }
    }
  }
}

/** The first OWN_FEATURES features of a token depend on the token alone (cacheable per word). */
export const OWN_FEATURES = 13;

export interface TokenInfo {
  lower: number;
  shape: number;
  /** bucket indices of the token-only features */
  own: Int32Array;
  /** bit 0 capitalized, 1 all caps, 2 has digit, 3 has hyphen, 4 has period, 5 no letter, 6 seen lower-case, 7 first name */
  flags: number;
  lowerText: string;
  cap: boolean;
  /** the context features 20 and 34 of this token when it is not sentence-initial (bucket indices) */
  shapeNotInitial: number;
  lowerNotInitial: number;
  /**
   * The tagger's summed weights of `own` for tags 0..6 (integers: fields, not an array, so reading them is no second
   * memory access), and the weights they were summed from (a per-word cache; undefined until the tagger fills it).
   */
  sum0: number;
  sum1: number;
  sum2: number;
  sum3: number;
  sum4: number;
  sum5: number;
  sum6: number;
  sumOf: ArrayLike<number> | undefined;
  /** bit c: the word alone is in Bloom gazetteer c (GAZ_BLOOM_KEYS order), for the Bloom filter `gazOneOf` */
  gazOne: number;
  gazOneOf: Bloom | undefined;
}

const infoCache = new Map<string, TokenInfo>();

function shapeOf(w: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < w.length && out.length < 6; i++) {
    const c = w.charCodeAt(i);
    let k: string;
    if (c >= 65 && c <= 90) k = 'X';
    else if (c >= 97 && c <= 122) k = 'x';
    else if (c >= 48 && c <= 57) k = 'd';
    else if (c > 127) {
      const ch = w[i];
      k = ch.toLowerCase() !== ch ? 'X' : ch.toUpperCase() !== ch ? 'x' : 'o';
    } else k = w[i];
    if (k !== last) out += k;
    last = k;
  }
  return out;
}

/** The word with ’ as ' and in lower case (the folding the features and the gazetteer use). */
function foldWord(w: string): string {
  return (w.indexOf('’') >= 0 ? w.replace(/[’]/g, "'") : w).toLowerCase();
}

function hasDigit(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

function tokenInfo(w: string, bloom: Bloom | undefined): TokenInfo {
  let info = infoCache.get(w);
  if (info) return info;
  const lowerText = foldWord(w);
  const shape = shapeOf(w);
  const cap = shape.charCodeAt(0) === 88; // 'X'
  const wLower = w.toLowerCase();
  const wUpper = w.toUpperCase();
  let flags = 0;
  if (cap) flags |= 1;
  if (w.length > 1 && w === wUpper && w !== wLower) flags |= 2;
  if (hasDigit(w)) flags |= 4;
  if (w.includes('-')) flags |= 8;
  if (w.includes('.')) flags |= 16;
  if (wLower === wUpper) flags |= 32;
  if (cap && bloom && bloom.has(lowerText)) flags |= 64;
  if (cap && bloom && bloom.has(FIRST_NAME_KEY + lowerText)) flags |= 128;
  const len = lowerText.length;
  // hashes of the first 1-3 and last 2-4 characters (0 when the word is not longer than that)
  const pre0 = len > 1 ? hashString(lowerText.slice(0, 1)) : 0;
  const pre1 = len > 2 ? hashString(lowerText.slice(0, 2)) : 0;
  const pre2 = len > 3 ? hashString(lowerText.slice(0, 3)) : 0;
  const suf0 = len > 2 ? hashString(lowerText.slice(-2)) : 0;
  const suf1 = len > 3 ? hashString(lowerText.slice(-3)) : 0;
  const suf2 = len > 4 ? hashString(lowerText.slice(-4)) : 0;
  const lower = hashString(lowerText);
  const shapeH = hashString(shape);
  const own = new Int32Array(OWN_FEATURES);
  const dict = bloom && bloom.has(DICT_KEY + lowerText) ? 1 : 0;
  const surname = cap && bloom && bloom.has(SURNAME_KEY + lowerText) ? 1 : 0;
  own[0] = mix(1, 0) & HASH_MASK;
  own[1] = mix(2, lower) & HASH_MASK;
  own[2] = mix(3, hashString(w)) & HASH_MASK;
  own[3] = mix(4, shapeH) & HASH_MASK;
  own[4] = mix(5, pre0) & HASH_MASK;
  own[5] = mix(6, pre1) & HASH_MASK;
  own[6] = mix(7, pre2) & HASH_MASK;
  own[7] = mix(8, suf0) & HASH_MASK;
  own[8] = mix(9, suf1) & HASH_MASK;
  own[9] = mix(10, suf2) & HASH_MASK;
  own[10] = mix(33, Math.min(len, 12) * 2 + (cap ? 1 : 0)) & HASH_MASK;
  own[11] = mix(40, dict * 8 + (flags & 3) * 2 + ((flags >> 6) & 1)) & HASH_MASK;
  own[12] = mix(41, surname * 8 + ((flags >> 7) & 1) * 4 + (flags & 3)) & HASH_MASK;
  const shapeNotInitial = mix(20, mix(shapeH, (flags >> 6) & 1)) & HASH_MASK;
  const lowerNotInitial = mix(34, mix(lower, 0)) & HASH_MASK;
  info = { lower, shape: shapeH, flags, lowerText, cap, own, shapeNotInitial, lowerNotInitial, sum0: 0, sum1: 0, sum2: 0, sum3: 0, sum4: 0, sum5: 0, sum6: 0, sumOf: undefined, gazOne: 0, gazOneOf: undefined };
  if (infoCache.size > 200_000) infoCache.clear();
  infoCache.set(w, info);
  return info;
}

// Gazetteer: multi-token names indexed by their first folded token.
let gazIndex: Map<string, { toks: string[]; code: number }[]> | undefined;
export const GAZ_CODES: Record<PlaceKind | 'demonym', number> = { country: 1, capital: 2, region: 3, city: 4, state: 5, demonym: 6 };
/** The gazetteer tag of a token that begins a match of this kind (see gazetteerTags: code * 2 + 0). */
export const gazetteerBegins = (kind: PlaceKind | 'demonym') => GAZ_CODES[kind] * 2;
/** Whether a gazetteer tag continues (is inside) the match that `begin` started. */
export const gazetteerContinues = (tag: number, begin: number) => tag === begin + 1;
function splitName(s: string): string[] {
  return foldName(s)
    .replace(/'s$/, '')
    .split(/\s+/)
    .filter(Boolean);
}
function gazetteer(): Map<string, { toks: string[]; code: number }[]> {
  if (gazIndex) return gazIndex;
  gazIndex = new Map();
  const { places, demonyms } = gazetteerNames();
  const add = (name: string, code: number) => {
    const toks = splitName(name);
    if (!toks.length) return;
    const list = gazIndex!.get(toks[0]) ?? [];
    list.push({ toks, code });
    gazIndex!.set(toks[0], list);
  };
  for (const [name, e] of places) add(name, GAZ_CODES[e.kind]);
  for (const name of demonyms.keys()) add(name, GAZ_CODES.demonym);
  for (const list of gazIndex.values()) list.sort((a, b) => b.toks.length - a.toks.length);
  return gazIndex;
}

/** Per token: gazetteer code * 2 + (0 = begins a match, 1 = inside), or -1. Only capitalized matches count. */
export function gazetteerTags(words: string[]): Int8Array {
  const n = words.length;
  const out = new Int8Array(n);
  gazetteerInto(out, n, words, undefined);
  return out;
}

/**
 * `gazetteerTags` into `out[0, n)`, given the words folded by `foldWord`, or without them: then only the words the
 * lookup reaches (capitalized ones and the words after them) are folded, once each.
 */
function gazetteerInto(out: Int8Array, n: number, words: ArrayLike<string>, folded: (string | undefined)[] | undefined): void {
  out.fill(-1, 0, n);
  const gaz = gazetteer();
  const lazy = folded === undefined;
  const f: (string | undefined)[] = folded ?? new Array(n);
  for (let i = 0; i < n; i++) {
    const w = words[i];
    const c = w.charCodeAt(0);
    if (!(c >= 65 && c <= 90) && !(c > 127 && w[0] !== w[0].toLowerCase())) continue;
    const list = gaz.get(lazy ? (f[i] ??= foldWord(w)) : f[i]!);
    if (!list) continue;
    for (const e of list) {
      let ok = i + e.toks.length <= n;
      for (let k = 1; ok && k < e.toks.length; k++) if ((lazy ? (f[i + k] ??= foldWord(words[i + k])) : f[i + k]) !== e.toks[k]) ok = false;
      if (!ok) continue;
      out[i] = e.code * 2;
      for (let k = 1; k < e.toks.length; k++) out[i + k] = e.code * 2 + 1;
      i += e.toks.length - 1;
      break;
    }
  }
}

export const FEATURES_PER_TOKEN = 43;
const BOS = hashString('<s>');
const EOS = hashString('</s>');

// Context features over small value ranges, precomputed (bucket indices, the same values as the mix expressions).
/** gazetteer tags range over -2 (no neighbour), -1 (none) .. GAZ_TOP; bloom-gazetteer tags over -2 .. GAZ2_TOP */
const GAZ_TOP = Math.max(...Object.values(GAZ_CODES)) * 2 + 1;
const GAZ2_TOP = GAZ_BLOOM_LIST.length * 2 + 1;
const G = GAZ_TOP + 3;
const G2 = GAZ2_TOP + 3;
function table(size: number, f: (i: number) => number): Int32Array {
  const t = new Int32Array(size);
  for (let i = 0; i < size; i++) t[i] = f(i) & HASH_MASK;
  return t;
}
/** feature 19: [(flags << 1) | initial] */
const T19 = table(512, (i) => mix(19, i));
/** feature 21: [docLower * 4 + initial * 2 + cap] */
const T21 = table(8, (i) => mix(21, i));
/** features 22, 23, 24: [g + 2], [(gp + 2) * G + g + 2], [(g + 2) * G + gn + 2] */
const T22 = table(G, (i) => mix(22, i - 2));
const T23 = table(G * G, (i) => mix(23, mix(Math.floor(i / G) - 2, (i % G) - 2)));
const T24 = table(G * G, (i) => mix(24, mix(Math.floor(i / G) - 2, (i % G) - 2)));
/** features 28, 29: [flags & 3], [4] for no neighbour (99) */
const T28 = table(5, (i) => mix(28, i === 4 ? 99 : i));
const T29 = table(5, (i) => mix(29, i === 4 ? 99 : i));
/** feature 30: [a * 6 + b * 3 + c] over capitalization of previous (0, 1, 2 = none: 9), this (0, 1), next (0, 1, 2 = none: 9) */
const T30 = table(18, (i) => {
  const v = (x: number) => (x === 2 ? 9 : x);
  return mix(30, mix(v(Math.floor(i / 6)), mix(Math.floor(i / 3) % 2, v(i % 3))));
});
/** feature 39: [fn(previous) * 9 + fn(this) * 3 + next capitalized] */
const T39 = table(27, (i) => mix(39, i));
/** feature 38: [value], 0 .. 99 */
const T38 = table(100, (i) => mix(38, i));
/** features 42, 43: [(g2 + 2) * 2 + cap], [((g2 + 2) * G2 + gp2 + 2) * G2 + gn2 + 2] */
const T42 = table(G2 * 2, (i) => mix(42, mix((i >> 1) - 2, i & 1)));
const T43 = table(G2 * G2 * G2, (i) => mix(43, mix(Math.floor(i / (G2 * G2)) - 2, mix((Math.floor(i / G2) % G2) - 2, (i % G2) - 2))));

// Per-sentence scratch buffers, grown as needed and reused (sentenceFeatures is synchronous and not re-entrant).
const scratchInfos: TokenInfo[] = [];
const scratchLower: string[] = [];
const scratchCaps: boolean[] = [];
let scratchGaz = new Int8Array(256);
let scratchGaz2 = new Int8Array(256);
let scratchRunStart = new Int32Array(256);
let scratchRunEnd = new Int32Array(256);

/**
 * The context features made of neighbouring words and shapes (13-20, 27-29, 33, 34), in their own function so V8
 * inlines all their `mix` calls. A pair's inner mix is shared: mix(shape i, shape i+1) is feature 18's inner value at
 * token i and feature 17's at token i+1 (likewise 20 and 19 with lower-case hashes), and features 33 and 34 reuse the
 * inner values of 18 and 28. Same values as the expressions in the comments.
 */
function neighbourFeatures(feats: Int32Array, infos: TokenInfo[], n: number, gaz: Int8Array): void {
  const F = 43;
  const MASK = (1 << 19) - 1;
  if (n === 0) return;
  let prevSS = mix(BOS, infos[0].shape); // mix(sp1, tShape)
  let prevLL = mix(BOS, infos[0].lower); // mix(lp1, tLower)
  for (let i = 0; i < n; i++) {
    const t = infos[i];
    const tLower = t.lower;
    const tShape = t.shape;
    const lp1 = i > 0 ? infos[i - 1].lower : BOS;
    const sp1 = i > 0 ? infos[i - 1].shape : BOS;
    const ln1 = i + 1 < n ? infos[i + 1].lower : EOS;
    const sn1 = i + 1 < n ? infos[i + 1].shape : EOS;
    const ss = mix(tShape, sn1);
    const ll = mix(tLower, ln1);
    const sl = mix(tShape, ln1);
    const o = i * F;
    feats[o + 13] = mix(11, lp1) & MASK;
    feats[o + 14] = mix(12, ln1) & MASK;
    feats[o + 15] = mix(13, i > 1 ? infos[i - 2].lower : BOS) & MASK;
    feats[o + 16] = mix(14, i + 2 < n ? infos[i + 2].lower : EOS) & MASK;
    feats[o + 17] = mix(15, prevSS) & MASK; // mix(15, mix(sp1, tShape))
    feats[o + 18] = mix(16, ss) & MASK; // mix(16, mix(tShape, sn1))
    feats[o + 19] = mix(17, prevLL) & MASK; // mix(17, mix(lp1, tLower))
    feats[o + 20] = mix(18, ll) & MASK; // mix(18, mix(tLower, ln1))
    feats[o + 27] = mix(25, mix(lp1, tShape)) & MASK;
    feats[o + 28] = mix(26, sl) & MASK; // mix(26, mix(tShape, ln1))
    feats[o + 29] = mix(27, mix(gaz[i], tShape)) & MASK;
    feats[o + 33] = mix(31, mix(lp1, ss)) & MASK; // mix(31, mix(lp1, mix(tShape, sn1)))
    feats[o + 34] = mix(32, mix(sp1, sl)) & MASK; // mix(32, mix(sp1, mix(tShape, ln1)))
    prevSS = ss;
    prevLL = ll;
  }
}

/**
 * Feature bucket indices for one sentence: `FEATURES_PER_TOKEN` per token, row-major, into `out` (resized if needed).
 * `lowerInDoc` holds lower-case words that occur in lower case elsewhere in the same document. `infos`, when given,
 * receives each token's cached TokenInfo (the tagger keeps its per-word sums there); with `contextOnly` the first
 * OWN_FEATURES slots of each token are left as they were (the caller reads them from `infos[i].own`).
 */
export function sentenceFeatures(words: string[], bloom: Bloom | undefined, lowerInDoc: Set<string> | undefined, out?: Int32Array, infos?: TokenInfo[], contextOnly = false): Int32Array {
  const n = words.length;
  const F = 43;
  const MASK = (1 << 19) - 1;
  const feats = out && out.length >= n * F ? out : new Int32Array(Math.max(n * F, 64 * F));
  if (!infos) infos = scratchInfos;
  if (scratchGaz.length < n) {
    const size = Math.max(n, scratchGaz.length * 2);
    scratchGaz = new Int8Array(size);
    scratchGaz2 = new Int8Array(size);
    scratchRunStart = new Int32Array(size);
    scratchRunEnd = new Int32Array(size);
  }
  const lowerText = scratchLower;
  const caps = scratchCaps;
  for (let i = 0; i < n; i++) {
    const info = tokenInfo(words[i], bloom);
    infos[i] = info;
    lowerText[i] = info.lowerText;
    caps[i] = info.cap;
  }
  const gaz = scratchGaz;
  gazetteerInto(gaz, n, words, lowerText);
  const gaz2 = scratchGaz2;
  bloomGazetteerInto(gaz2, n, lowerText, caps, bloom, infos);
  // capitalized runs ("Chiang Mai", "Museum of Flight"): every token sees the run's edges and neighbours
  const runStart = scratchRunStart;
  const runEnd = scratchRunEnd;
  for (let i = 0; i < n; ) {
    if (!infos[i].cap) {
      runStart[i] = i;
      runEnd[i] = i + 1;
      i++;
      continue;
    }
    let e = i + 1;
    while (e < n && (infos[e].cap || (e + 1 < n && infos[e + 1].cap && (infos[e].lowerText === 'of' || infos[e].lowerText === 'and')))) e++;
    for (let k = i; k < e; k++) {
      runStart[k] = i;
      runEnd[k] = e;
    }
    i = e;
  }
  neighbourFeatures(feats, infos, n, gaz);
  for (let i = 0; i < n; i++) {
    const t = infos[i];
    const p1 = i > 0 ? infos[i - 1] : undefined;
    const n1 = i + 1 < n ? infos[i + 1] : undefined;
    const tFlags = t.flags;
    const initial = i === 0 || (p1 !== undefined && (p1.flags & 32) !== 0 && i === 1) ? 1 : 0;
    let docLower = 0;
    if (t.cap && lowerInDoc && lowerInDoc.has(t.lowerText)) docLower = 1;
    const g = gaz[i];
    const gp = i > 0 ? gaz[i - 1] : -2;
    const gn = i + 1 < n ? gaz[i + 1] : -2;
    const o = i * F;
    if (!contextOnly) {
      const own = t.own;
      for (let j = 0; j < OWN_FEATURES; j++) feats[o + j] = own[j];
    }
    const rs = runStart[i], re = runEnd[i];
    const capRun = t.cap ? 1 : 0;
    const fnP1 = p1 ? (p1.flags >> 7) & 1 : 2;
    const fnT = (tFlags >> 7) & 1;
    const g2 = gaz2[i];
    feats[o + 21] = T19[(tFlags << 1) | initial];
    feats[o + 22] = initial ? mix(20, mix(t.shape, 2 + ((tFlags >> 6) & 1))) & MASK : t.shapeNotInitial;
    feats[o + 23] = T21[docLower * 4 + initial * 2 + capRun];
    feats[o + 24] = T22[g + 2];
    feats[o + 25] = T23[(gp + 2) * G + g + 2];
    feats[o + 26] = T24[(g + 2) * G + gn + 2];
    feats[o + 30] = T28[p1 ? p1.flags & 3 : 4];
    feats[o + 31] = T29[n1 ? n1.flags & 3 : 4];
    feats[o + 32] = T30[(p1 ? p1.flags & 1 : 2) * 6 + (tFlags & 1) * 3 + (n1 ? n1.flags & 1 : 2)];
    feats[o + 35] = initial ? mix(34, mix(t.lower, 1)) & MASK : t.lowerNotInitial;
    feats[o + 36] = mix(35, capRun ? infos[re - 1].lower : 0) & MASK;
    feats[o + 37] = mix(36, capRun ? (rs > 0 ? infos[rs - 1].lower : BOS) : 0) & MASK;
    feats[o + 38] = mix(37, capRun ? (re < n ? infos[re].lower : EOS) : 0) & MASK;
    feats[o + 39] = T39[fnP1 * 9 + fnT * 3 + (n1 ? (n1.cap ? 1 : 0) : 2)];
    feats[o + 40] = T38[capRun ? Math.min(re - rs, 5) * 8 + Math.min(i - rs, 3) * 2 + (rs === 0 ? 1 : 0) : 99];
    feats[o + 41] = T42[(g2 + 2) * 2 + (tFlags & 1)];
    feats[o + 42] = T43[((g2 + 2) * G2 + (i > 0 ? gaz2[i - 1] : -2) + 2) * G2 + (i + 1 < n ? gaz2[i + 1] : -2) + 2];
  }
  return feats;
}
