/** Split a text into paragraphs and flat segments, each carrying the highlight marks that cover it (pure, no DOM). */
import type { ActorType, Analysis } from '@/lib/nlp/types';

export interface Segment {
  start: number;
  end: number;
  text: string;
  actor?: { id: string; type: ActorType };
  claimIndex?: number;
}

export interface Paragraph {
  start: number;
  end: number;
  segments: Segment[];
}

export interface SegmentOptions {
  kinds?: { person?: boolean; organization?: boolean; place?: boolean; claims?: boolean };
}

/**
 * Paragraphs are runs of text between line breaks. Within each, segments break at every mention and claim boundary; a
 * segment knows the actor mention (the first when two overlap) and the innermost claim that cover it.
 */
export function segmentText(text: string, analysis: Analysis | undefined, opts: SegmentOptions = {}): Paragraph[] {
  const kinds = { person: true, organization: true, place: true, claims: true, ...opts.kinds };
  const mentions: { start: number; end: number; id: string; type: ActorType }[] = [];
  for (const a of analysis?.actors ?? []) {
    if (!kinds[a.type]) continue;
    for (const m of a.mentions) if (m.end > m.start) mentions.push({ start: m.start, end: m.end, id: a.id, type: a.type });
  }
  mentions.sort((x, y) => x.start - y.start || y.end - x.end);
  const claims = kinds.claims
    ? (analysis?.claims ?? []).map((c, i) => ({ start: c.start, end: c.end, i })).filter((c) => c.end > c.start)
    : [];

  const paragraphs: Paragraph[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const pStart = m.index;
    const pEnd = pStart + m[0].length;
    if (!m[0].trim()) continue;
    const cuts = new Set<number>([pStart, pEnd]);
    for (const s of [...mentions, ...claims]) {
      if (s.end <= pStart || s.start >= pEnd) continue;
      cuts.add(Math.max(s.start, pStart));
      cuts.add(Math.min(s.end, pEnd));
    }
    const sorted = [...cuts].sort((a, b) => a - b);
    const segments: Segment[] = [];
    // The mention each segment belongs to: pieces of one mention, cut only by another overlapping mention ("US" in
    // "US State Department"), are joined again so that the mention reads as one mark, as on the page.
    let prevMention: (typeof mentions)[number] | undefined;
    for (let k = 0; k < sorted.length - 1; k++) {
      const start = sorted[k];
      const end = sorted[k + 1];
      const mention = mentions.find((x) => x.start <= start && x.end >= end);
      // The innermost claim, as on the page (paint.ts flattenClaims): one claim mark per stretch of text.
      let claim: (typeof claims)[number] | undefined;
      for (const x of claims) if (x.start <= start && x.end >= end && (!claim || x.end - x.start < claim.end - claim.start)) claim = x;
      const seg: Segment = { start, end, text: text.slice(start, end) };
      if (mention) seg.actor = { id: mention.id, type: mention.type };
      if (claim) seg.claimIndex = claim.i;
      const prev = segments[segments.length - 1];
      if (prev && prev.end === start && prev.actor?.id === seg.actor?.id && prev.claimIndex === seg.claimIndex && (!seg.actor || prevMention === mention)) {
        prev.end = end;
        prev.text += seg.text;
      } else segments.push(seg);
      prevMention = mention;
    }
    paragraphs.push({ start: pStart, end: pEnd, segments });
  }
  return paragraphs;
}
