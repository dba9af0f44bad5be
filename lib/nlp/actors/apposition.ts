// Appositions that say a name is a company or a group: "Alitalia, the Italian flag carrier, said ...".
/** Words that start a clause describing an apposition's head ("the bank brought down by", "the firm which"). */
const APPOSITION_CLAUSE = new Set(['which', 'that', 'who', 'whose', 'brought', 'run', 'led', 'founded', 'based', 'owned', 'headed', 'controlled', 'known', 'set']);
/** Heads of an apposition that make the name before it an organization: "Alitalia, the Italian flag carrier". */
const APPOSITIVE_HEADS = new Set([
  'carrier', 'airline', 'company', 'firm', 'group', 'bank', 'maker', 'carmaker', 'automaker', 'insurer', 'retailer', 'conglomerate',
  'utility', 'brokerage', 'operator', 'manufacturer', 'concern', 'exporter', 'refiner', 'miner', 'publisher', 'newspaper', 'daily',
  'broadcaster', 'agency', 'club', 'party', 'union', 'movement', 'organisation', 'organization', 'federation', 'association',
  'monopoly', 'giant', 'lender', 'chain', 'alliance', 'bloc',
]);

/**
 * Whether the name ending before token `e` is followed by an apposition headed by a company or group noun ("Alitalia,
 * the Italian flag carrier, ..."), before any "of" ("Smith, the head of the bank" is a person). The head is the
 * apposition's last word before the closing comma or full stop, or before a participle or relative clause that
 * describes it ("Barings, the merchant bank brought down by ...").
 */
export function companyApposition(words: string[], e: number): boolean {
  if (words[e] !== ',' || !/^(?:the|a|an)$/i.test(words[e + 1] ?? '')) return false;
  for (let k = e + 2; k < Math.min(words.length, e + 8); k++) {
    const l = words[k].toLowerCase();
    const end = l === ',' || l === '.' || (k > e + 2 && (APPOSITION_CLAUSE.has(l) || (/^\p{Ll}{3,}ed$/u.test(words[k]) && !APPOSITIVE_HEADS.has(l))));
    if (end) return k > e + 2 && APPOSITIVE_HEADS.has(words[k - 1].toLowerCase());
    if (l === 'of' || !/^(?:\p{L}[\p{L}-]*|['’])$/u.test(words[k])) return false;
  }
  return false;
}
