import { Bloom, FEATURES_PER_TOKEN, HASH_BITS, NT, OWN_FEATURES, sentenceFeatures, type TokenInfo } from './features';

/** BIO legality: I-X may only follow B-X or I-X. Row `NT` is the sentence start. */
export function allowedTransition(prev: number, tag: number): boolean {
  if (tag === 0 || tag % 2 === 1) return true; // O and B-X always
  if (prev === NT || prev === 0) return false;
  const type = (tag - 1) >> 1;
  return (prev - 1) >> 1 === type;
}

/** Adds the weights of each token's features for every tag. `weights` is bucket-major: weights[b * NT + tag]. */
export function emissions(feats: Int32Array, n: number, weights: ArrayLike<number>, out?: Float64Array): Float64Array {
  const F = FEATURES_PER_TOKEN;
  const NT = 7;
  const em = out && out.length >= n * NT ? out : new Float64Array(Math.max(n, 64) * NT);
  for (let i = 0; i < n; i++) {
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0;
    const o = i * F;
    for (let j = 0; j < F; j++) {
      const b = feats[o + j] * NT;
      s0 += weights[b];
      s1 += weights[b + 1];
      s2 += weights[b + 2];
      s3 += weights[b + 3];
      s4 += weights[b + 4];
      s5 += weights[b + 5];
      s6 += weights[b + 6];
    }
    const e = i * NT;
    em[e] = s0;
    em[e + 1] = s1;
    em[e + 2] = s2;
    em[e + 3] = s3;
    em[e + 4] = s4;
    em[e + 5] = s5;
    em[e + 6] = s6;
  }
  return em;
}

/**
 * Best tag sequence. `trans[(prev) * NT + tag]` with prev = NT for the start. `mask` (optional) restricts each token to
 * the tags whose bit is set (partial labels during training).
 */
const ALLOWED: boolean[] = [];
for (let p = 0; p <= NT; p++) for (let t = 0; t < NT; t++) ALLOWED.push(allowedTransition(p, t));
/** Per tag, the previous tags allowed before it, ascending (ties go to the first, as in a plain loop over all). */
const PREVS: number[][] = [];
for (let t = 0; t < NT; t++) {
  PREVS.push([]);
  for (let p = 0; p < NT; p++) if (ALLOWED[p * NT + t]) PREVS[t].push(p);
}
const PREV_START = new Int32Array(NT);
const PREV_COUNT = new Int32Array(NT);
const PREV_LIST = new Int32Array(NT * NT);
for (let t = 0, k = 0; t < NT; t++) {
  PREV_START[t] = k;
  PREV_COUNT[t] = PREVS[t].length;
  for (const p of PREVS[t]) PREV_LIST[k++] = p;
}
// Viterbi scratch (reused across calls; viterbi is synchronous and not re-entrant)
let vScore = new Float64Array(256 * NT);
let vBack = new Uint8Array(256 * NT);

/**
 * The Viterbi recursion for tokens 1..n-1 without a mask, unrolled for the 7 BIO tags: O and B-X may follow any tag,
 * I-X only B-X or I-X. Same sums in the same order and the same tie-breaking (first best predecessor) as the loop over
 * PREV_LIST in `viterbi`.
 */
function viterbiSteps(score: Float64Array, back: Uint8Array, em: Float64Array, n: number, trans: ArrayLike<number>, emScale: number): void {
  const NT = 7;
  for (let i = 1; i < n; i++) {
    const pr = (i - 1) * NT;
    const cu = i * NT;
    const q0 = score[pr], q1 = score[pr + 1], q2 = score[pr + 2], q3 = score[pr + 3], q4 = score[pr + 4], q5 = score[pr + 5], q6 = score[pr + 6];
    // O and B-X (t = 0, 1, 3, 5): best over all previous tags
    for (let t = 0; t < NT; t = t === 0 ? 1 : t + 2) {
      let best = -Infinity;
      let arg = 0;
      let s = q0 + trans[t];
      if (s > best) best = s;
      s = q1 + trans[NT + t];
      if (s > best) (best = s), (arg = 1);
      s = q2 + trans[2 * NT + t];
      if (s > best) (best = s), (arg = 2);
      s = q3 + trans[3 * NT + t];
      if (s > best) (best = s), (arg = 3);
      s = q4 + trans[4 * NT + t];
      if (s > best) (best = s), (arg = 4);
      s = q5 + trans[5 * NT + t];
      if (s > best) (best = s), (arg = 5);
      s = q6 + trans[6 * NT + t];
      if (s > best) (best = s), (arg = 6);
      score[cu + t] = best + em[cu + t] * emScale;
      back[cu + t] = arg;
    }
    // I-X (t = 2, 4, 6): after B-X (t - 1) or I-X (t)
    for (let t = 2; t < NT; t += 2) {
      let best = -Infinity;
      let arg = 0;
      let s = score[pr + t - 1] + trans[(t - 1) * NT + t];
      if (s > best) (best = s), (arg = t - 1);
      s = score[pr + t] + trans[t * NT + t];
      if (s > best) (best = s), (arg = t);
      score[cu + t] = best + em[cu + t] * emScale;
      back[cu + t] = arg;
    }
  }
}

export function viterbi(em: Float64Array, n: number, trans: ArrayLike<number>, emScale = 1, mask?: Uint8Array): Uint8Array {
  const NT = 7;
  const allowed = ALLOWED;
  const tags = new Uint8Array(n);
  if (n === 0) return tags;
  if (vScore.length < n * NT) {
    vScore = new Float64Array(n * NT * 2);
    vBack = new Uint8Array(n * NT * 2);
  }
  const score = vScore;
  const back = vBack;
  for (let t = 0; t < NT; t++) {
    const ok = allowed[NT * NT + t] && (!mask || mask[0] & (1 << t));
    score[t] = ok ? em[t] * emScale + trans[NT * NT + t] : -Infinity;
  }
  if (!mask) viterbiSteps(score, back, em, n, trans, emScale);
  for (let i = 1; i < n && mask; i++) {
    const prev = (i - 1) * NT;
    const cur = i * NT;
    const m = mask[i];
    for (let t = 0; t < NT; t++) {
      let best = -Infinity;
      let arg = 0;
      if (m & (1 << t)) {
        const k0 = PREV_START[t];
        const k1 = k0 + PREV_COUNT[t];
        for (let k = k0; k < k1; k++) {
          const p = PREV_LIST[k];
          const s = score[prev + p] + trans[p * NT + t];
          if (s > best) {
            best = s;
            arg = p;
          }
        }
      }
      score[cur + t] = best + em[cur + t] * emScale;
      back[cur + t] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  for (let t = 0; t < NT; t++)
    if (score[(n - 1) * NT + t] > best) {
      best = score[(n - 1) * NT + t];
      arg = t;
    }
  tags[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) tags[i - 1] = back[i * NT + tags[i]];
  return tags;
}

export interface PackedModel {
  weights: Int8Array;
  scale: number;
  trans: Float32Array;
  bloom: Bloom;
}

/**
 * Binary layout (little endian): "DRM1", u32 hashBits, u32 kept buckets K, f32 scale, (NT+1)*NT f32 transitions,
 * u32 bloom bytes, bloom, K varint bucket deltas, then per bucket a tag mask byte and its non-zero int8 weights.
 */
export function packModel(buckets: number[], q: Int8Array, scale: number, trans: ArrayLike<number>, bloom: Bloom): Uint8Array {
  const parts: number[] = [];
  const u32 = (v: number) => parts.push(v & 255, (v >>> 8) & 255, (v >>> 16) & 255, (v >>> 24) & 255);
  const f32 = (v: number) => {
    const b = new Uint8Array(new Float32Array([v]).buffer);
    parts.push(...b);
  };
  parts.push(68, 82, 77, 49);
  u32(HASH_BITS);
  u32(buckets.length);
  f32(scale);
  for (let i = 0; i < (NT + 1) * NT; i++) f32(trans[i]);
  u32(bloom.bits.length);
  const head = Uint8Array.from(parts);
  const deltas: number[] = [];
  let last = 0;
  for (const b of buckets) {
    let d = b - last;
    last = b;
    while (d >= 128) {
      deltas.push((d & 127) | 128);
      d >>>= 7;
    }
    deltas.push(d);
  }
  const vals: number[] = [];
  for (let k = 0; k < buckets.length; k++) {
    let mask = 0;
    for (let t = 0; t < NT; t++) if (q[k * NT + t] !== 0) mask |= 1 << t;
    vals.push(mask);
    for (let t = 0; t < NT; t++) if (q[k * NT + t] !== 0) vals.push(q[k * NT + t] & 255);
  }
  const out = new Uint8Array(head.length + bloom.bits.length + deltas.length + vals.length);
  out.set(head, 0);
  out.set(bloom.bits, head.length);
  out.set(deltas, head.length + bloom.bits.length);
  out.set(vals, head.length + bloom.bits.length + deltas.length);
  return out;
}

/** Reads the binary model written by `npm run train` (`public/model/actors.bin`). */
export function unpackModel(bytes: Uint8Array): PackedModel {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (dv.getUint32(0, true) !== 0x314d5244) throw new Error('not a Dramatis tagger model');
  const bits = dv.getUint32(4, true);
  if (bits !== HASH_BITS) throw new Error('model hash size does not match the feature code');
  const K = dv.getUint32(8, true);
  const scale = dv.getFloat32(12, true);
  let o = 16;
  const trans = new Float32Array((NT + 1) * NT);
  for (let i = 0; i < trans.length; i++, o += 4) trans[i] = dv.getFloat32(o, true);
  const bloomBytes = dv.getUint32(o, true);
  o += 4;
  const bloom = new Bloom(bytes.slice(o, o + bloomBytes));
  o += bloomBytes;
  const buckets = new Uint32Array(K);
  let last = 0;
  for (let k = 0; k < K; k++) {
    let v = 0, shift = 0, b: number;
    do {
      b = bytes[o++];
      v += (b & 127) * 2 ** shift;
      shift += 7;
    } while (b & 128);
    last += v;
    buckets[k] = last;
  }
  const weights = new Int8Array((1 << bits) * NT);
  for (let k = 0; k < K; k++) {
    const mask = bytes[o++];
    const base = buckets[k] * NT;
    for (let t = 0; t < NT; t++) if (mask & (1 << t)) weights[base + t] = (bytes[o++] << 24) >> 24;
  }
  return { weights, scale, trans, bloom };
}

/** Tags sentences with a packed model. */
export class Tagger {
  private feats: Int32Array = new Int32Array(256 * FEATURES_PER_TOKEN);
  private em: Float64Array = new Float64Array(256 * NT);
  /** the TokenInfo of each token of the last sentence (each holds its word's summed token-only weights) */
  private infos: TokenInfo[] = [];
  /**
   * One bit per hash bucket: set when the bucket has a non-zero weight. About three buckets in four were pruned from
   * the model; testing this 64 KB bitset skips their lookups in the 3.6 MB weight table (adding 0 changes no sum).
   */
  private readonly live: Int32Array;
  constructor(readonly model: PackedModel) {
    const w = model.weights;
    const buckets = w.length / NT;
    this.live = new Int32Array(Math.ceil(buckets / 32));
    for (let b = 0; b < buckets; b++) {
      const o = b * NT;
      if (w[o] || w[o + 1] || w[o + 2] || w[o + 3] || w[o + 4] || w[o + 5] || w[o + 6]) this.live[b >> 5] |= 1 << (b & 31);
    }
  }
  /** Viterbi again over the emissions of the last `tag` call, restricted by `mask` (allowed tags per token). */
  retag(n: number, mask: Uint8Array): Uint8Array {
    return viterbi(this.em, n, this.model.trans, this.model.scale, mask);
  }
  tag(words: string[], lowerInDoc?: Set<string>): Uint8Array {
    const n = words.length;
    if (n === 0) return new Uint8Array(0);
    const F = 43, NT7 = 7, OWN = 13;
    const infos = this.infos;
    // token-only features come from each token's cached sums, so only the context features are computed
    const feats = (this.feats = sentenceFeatures(words, this.model.bloom, lowerInDoc, this.feats, infos, true));
    if (this.em.length < n * NT7) this.em = new Float64Array(n * NT7 * 2);
    const em = this.em;
    const w = this.model.weights;
    const live = this.live;
    for (let i = 0; i < n; i++) {
      const o = i * F;
      const info = infos[i];
      if (info.sumOf !== w) {
        const own = new Float64Array(NT7);
        const ownFeats = info.own;
        for (let j = 0; j < OWN; j++) {
          const b = ownFeats[j] * NT7;
          for (let t = 0; t < NT7; t++) own[t] += w[b + t];
        }
        info.sum0 = own[0];
        info.sum1 = own[1];
        info.sum2 = own[2];
        info.sum3 = own[3];
        info.sum4 = own[4];
        info.sum5 = own[5];
        info.sum6 = own[6];
        info.sumOf = w;
      }
      let s0 = info.sum0, s1 = info.sum1, s2 = info.sum2, s3 = info.sum3, s4 = info.sum4, s5 = info.sum5, s6 = info.sum6;
      for (let j = OWN; j < F; j++) {
        const f = feats[o + j];
        if ((live[f >> 5] & (1 << (f & 31))) === 0) continue;
        const b = f * NT7;
        s0 += w[b];
        s1 += w[b + 1];
        s2 += w[b + 2];
        s3 += w[b + 3];
        s4 += w[b + 4];
        s5 += w[b + 5];
        s6 += w[b + 6];
      }
      const e = i * NT7;
      em[e] = s0;
      em[e + 1] = s1;
      em[e + 2] = s2;
      em[e + 3] = s3;
      em[e + 4] = s4;
      em[e + 5] = s5;
      em[e + 6] = s6;
    }
    return viterbi(em, n, this.model.trans, this.model.scale);
  }
}

if (FEATURES_PER_TOKEN !== 43 || NT !== 7 || OWN_FEATURES !== 13) throw new Error('tagger constants out of sync with features');
