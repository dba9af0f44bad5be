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
  private positions(h: number): number[] {
    const m = this.bits.length * 8;
    const out: number[] = [];
    let x = h;
    for (let i = 0; i < this.k; i++) {
      x = mix(x, i + 1);
      out.push((x >>> 0) % m);
    }
    return out;
  }
  add(word: string): void {
    for (const p of this.positions(hashString(word))) this.bits[p >> 3] |= 1 << (p & 7);
  }
  has(word: string): boolean {
    for (const p of this.positions(hashString(word))) if (!(this.bits[p >> 3] & (1 << (p & 7)))) return false;
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

/** Per token: Bloom-gazetteer code (see GAZ_BLOOM_KEYS) * 2 + (0 begin, 1 inside), or -1. Capitalized starts only. */
export function bloomGazetteerTags(words: string[], lower: string[], caps: boolean[], bloom: Bloom | undefined): Int8Array {
  const n = words.length;
  const out = new Int8Array(n).fill(-1);
  if (!bloom) return out;
  for (let i = 0; i < n; i++) {
    if (!caps[i]) continue;
    let found = false;
    for (let len = Math.min(GAZ_MAX, n - i); len >= 1 && !found; len--) {
      if (!caps[i + len - 1]) continue;
      let key = lower[i];
      for (let k = 1; k < len; k++) key += ' ' + lower[i + k];
      for (let c = 0; c < GAZ_BLOOM_LIST.length; c++) {
        if (!bloom.has(GAZ_BLOOM_LIST[c] + key)) continue;
        out[i] = (c + 1) * 2;
        for (let k = 1; k < len; k++) out[i + k] = (c + 1) * 2 + 1;
        i += len - 1;
        found = true;
        break;
      }
    }
  }
  return out;
}

/** The first OWN_FEATURES features of a token depend on the token alone (cacheable per word). */
export const OWN_FEATURES = 13;

interface TokenInfo {
  lower: number;
  shape: number;
  /** bucket indices of the token-only features */
  own: Int32Array;
  /** bit 0 capitalized, 1 all caps, 2 has digit, 3 has hyphen, 4 has period, 5 no letter, 6 seen lower-case, 7 first name */
  flags: number;
  lowerText: string;
  cap: boolean;
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

function tokenInfo(w: string, bloom: Bloom | undefined): TokenInfo {
  let info = infoCache.get(w);
  if (info) return info;
  const stripped = w.replace(/[’]/g, "'");
  const lowerText = stripped.toLowerCase();
  const shape = shapeOf(w);
  const first = w.charCodeAt(0);
  const cap = shape.charCodeAt(0) === 88; // 'X'
  let flags = 0;
  if (cap) flags |= 1;
  if (w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase()) flags |= 2;
  if (/\d/.test(w)) flags |= 4;
  if (w.includes('-')) flags |= 8;
  if (w.includes('.')) flags |= 16;
  if (w.toLowerCase() === w.toUpperCase()) flags |= 32;
  if (cap && bloom && bloom.has(lowerText)) flags |= 64;
  if (cap && bloom && bloom.has(FIRST_NAME_KEY + lowerText)) flags |= 128;
  const pre: number[] = [];
  const suf: number[] = [];
  for (let k = 1; k <= 3; k++) pre.push(lowerText.length > k ? hashString(lowerText.slice(0, k)) : 0);
  for (let k = 2; k <= 4; k++) suf.push(lowerText.length > k ? hashString(lowerText.slice(-k)) : 0);
  const lower = hashString(lowerText);
  const shapeH = hashString(shape);
  const own = new Int32Array(OWN_FEATURES);
  const dict = bloom && bloom.has(DICT_KEY + lowerText) ? 1 : 0;
  const surname = cap && bloom && bloom.has(SURNAME_KEY + lowerText) ? 1 : 0;
  const ownVals = [mix(1, 0), mix(2, lower), mix(3, hashString(w)), mix(4, shapeH), mix(5, pre[0]), mix(6, pre[1]), mix(7, pre[2]), mix(8, suf[0]), mix(9, suf[1]), mix(10, suf[2]), mix(33, Math.min(lowerText.length, 12) * 2 + (cap ? 1 : 0)), mix(40, dict * 8 + (flags & 3) * 2 + ((flags >> 6) & 1)), mix(41, surname * 8 + ((flags >> 7) & 1) * 4 + (flags & 3))];
  for (let j = 0; j < OWN_FEATURES; j++) own[j] = ownVals[j] & HASH_MASK;
  info = { lower, shape: shapeH, flags, lowerText, cap, own };
  void first;
  if (infoCache.size > 200_000) infoCache.clear();
  infoCache.set(w, info);
  return info;
}

// Gazetteer: multi-token names indexed by their first folded token.
let gazIndex: Map<string, { toks: string[]; code: number }[]> | undefined;
const GAZ_CODES: Record<PlaceKind | 'demonym', number> = { country: 1, capital: 2, region: 3, city: 4, state: 5, demonym: 6 };
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
  const out = new Int8Array(words.length).fill(-1);
  const gaz = gazetteer();
  const folded = words.map((w) => w.replace(/[’]/g, "'").toLowerCase());
  for (let i = 0; i < words.length; i++) {
    const c = words[i].charCodeAt(0);
    if (!(c >= 65 && c <= 90) && !(c > 127 && words[i][0] !== words[i][0].toLowerCase())) continue;
    const list = gaz.get(folded[i]);
    if (!list) continue;
    for (const e of list) {
      let ok = i + e.toks.length <= words.length;
      for (let k = 1; ok && k < e.toks.length; k++) if (folded[i + k] !== e.toks[k]) ok = false;
      if (!ok) continue;
      out[i] = e.code * 2;
      for (let k = 1; k < e.toks.length; k++) out[i + k] = e.code * 2 + 1;
      i += e.toks.length - 1;
      break;
    }
  }
  return out;
}

export const FEATURES_PER_TOKEN = 43;
const BOS = hashString('<s>');
const EOS = hashString('</s>');

/**
 * Feature bucket indices for one sentence: `FEATURES_PER_TOKEN` per token, row-major, into `out` (resized if needed).
 * `lowerInDoc` holds lower-case words that occur in lower case elsewhere in the same document.
 */
export function sentenceFeatures(words: string[], bloom: Bloom | undefined, lowerInDoc: Set<string> | undefined, out?: Int32Array): Int32Array {
  const n = words.length;
  const F = 43;
  const MASK = (1 << 19) - 1;
  const feats = out && out.length >= n * F ? out : new Int32Array(Math.max(n * F, 64 * F));
  const infos: TokenInfo[] = new Array(n);
  for (let i = 0; i < n; i++) infos[i] = tokenInfo(words[i], bloom);
  const gaz = gazetteerTags(words);
  const gaz2 = bloomGazetteerTags(
    words,
    infos.map((x) => x.lowerText),
    infos.map((x) => x.cap),
    bloom,
  );
  // capitalized runs ("Chiang Mai", "Museum of Flight"): every token sees the run's edges and neighbours
  const runStart = new Int32Array(n);
  const runEnd = new Int32Array(n);
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
  for (let i = 0; i < n; i++) {
    const t = infos[i];
    const p1 = i > 0 ? infos[i - 1] : undefined;
    const p2 = i > 1 ? infos[i - 2] : undefined;
    const n1 = i + 1 < n ? infos[i + 1] : undefined;
    const n2 = i + 2 < n ? infos[i + 2] : undefined;
    const lp1 = p1 ? p1.lower : BOS;
    const ln1 = n1 ? n1.lower : EOS;
    const sp1 = p1 ? p1.shape : BOS;
    const sn1 = n1 ? n1.shape : EOS;
    const initial = i === 0 || (p1 !== undefined && (p1.flags & 32) !== 0 && i === 1) ? 1 : 0;
    let docLower = 0;
    if (t.cap && lowerInDoc && lowerInDoc.has(t.lowerText)) docLower = 1;
    const g = gaz[i];
    const gp = i > 0 ? gaz[i - 1] : -2;
    const gn = i + 1 < n ? gaz[i + 1] : -2;
    const o = i * F;
    const own = t.own;
    for (let j = 0; j < OWN_FEATURES; j++) feats[o + j] = own[j];
    let k = OWN_FEATURES;
    feats[o + k++] = mix(11, lp1);
    feats[o + k++] = mix(12, ln1);
    feats[o + k++] = mix(13, p2 ? p2.lower : BOS);
    feats[o + k++] = mix(14, n2 ? n2.lower : EOS);
    feats[o + k++] = mix(15, mix(sp1, t.shape));
    feats[o + k++] = mix(16, mix(t.shape, sn1));
    feats[o + k++] = mix(17, mix(lp1, t.lower));
    feats[o + k++] = mix(18, mix(t.lower, ln1));
    feats[o + k++] = mix(19, (t.flags << 1) | initial);
    feats[o + k++] = mix(20, mix(t.shape, initial * 2 + ((t.flags >> 6) & 1)));
    feats[o + k++] = mix(21, docLower * 4 + initial * 2 + (t.cap ? 1 : 0));
    feats[o + k++] = mix(22, g);
    feats[o + k++] = mix(23, mix(gp, g));
    feats[o + k++] = mix(24, mix(g, gn));
    feats[o + k++] = mix(25, mix(lp1, t.shape));
    feats[o + k++] = mix(26, mix(t.shape, ln1));
    feats[o + k++] = mix(27, mix(g, t.shape));
    feats[o + k++] = mix(28, p1 ? p1.flags & 3 : 99);
    feats[o + k++] = mix(29, n1 ? n1.flags & 3 : 99);
    feats[o + k++] = mix(30, mix(p1 ? p1.flags & 1 : 9, mix(t.flags & 1, n1 ? n1.flags & 1 : 9)));
    feats[o + k++] = mix(31, mix(lp1, mix(t.shape, sn1)));
    feats[o + k++] = mix(32, mix(sp1, mix(t.shape, ln1)));
    feats[o + k++] = mix(34, mix(t.lower, initial));
    const rs = runStart[i], re = runEnd[i];
    const capRun = t.cap ? 1 : 0;
    feats[o + k++] = mix(35, capRun ? infos[re - 1].lower : 0);
    feats[o + k++] = mix(36, capRun ? (rs > 0 ? infos[rs - 1].lower : BOS) : 0);
    feats[o + k++] = mix(37, capRun ? (re < n ? infos[re].lower : EOS) : 0);
    const fn = (x: TokenInfo | undefined) => (x ? (x.flags >> 7) & 1 : 2);
    feats[o + k++] = mix(39, fn(p1) * 9 + fn(t) * 3 + (n1 ? (n1.cap ? 1 : 0) : 2));
    feats[o + k++] = mix(38, capRun ? Math.min(re - rs, 5) * 8 + Math.min(i - rs, 3) * 2 + (rs === 0 ? 1 : 0) : 99);
    const g2 = gaz2[i];
    feats[o + k++] = mix(42, mix(g2, t.flags & 1));
    feats[o + k++] = mix(43, mix(g2, mix(i > 0 ? gaz2[i - 1] : -2, i + 1 < n ? gaz2[i + 1] : -2)));
    for (let j = OWN_FEATURES; j < F; j++) feats[o + j] &= MASK;
  }
  return feats;
}
