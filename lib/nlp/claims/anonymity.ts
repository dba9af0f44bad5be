import type { SourceDescriptor } from '../types';

/**
 * Whether a source phrase is anonymous, a document, and what it says about an anonymous source.
 * Anonymous: the head noun is one of ANONYMOUS_HEADS and no personal name is given ("a senior Iraqi military source
 * with knowledge of ...", "two officials", "critics"); nationality and organization modifiers are fine.
 */
export const ANONYMOUS_HEADS = new Map<string, string>([
  ['source', 'journalistic term for an unnamed informant'], ['sources', 'plural'],
  ['official', 'unnamed official'], ['officials', 'plural'], ['aide', 'unnamed aide'], ['aides', 'plural'],
  ['person', '"a person familiar with"'], ['people', '"people close to"'], ['insider', 'unnamed insider'], ['insiders', 'plural'],
  ['diplomat', 'unnamed diplomat'], ['diplomats', 'plural'], ['adviser', 'unnamed adviser'], ['advisers', 'plural'],
  ['advisor', 'spelling'], ['advisors', 'plural'], ['staffer', 'unnamed staffer'], ['staffers', 'plural'],
  ['critics', 'unnamed group of speakers'], ['critic', 'unnamed critic'], ['poster', 'unnamed internet poster'], ['posters', 'plural'],
  ['blogger', 'unnamed blogger'], ['bloggers', 'plural'], ['individuals', 'unnamed people'], ['individual', 'unnamed person'],
  ['witness', 'unnamed witness'], ['witnesses', 'plural'], ['resident', 'unnamed resident'], ['residents', 'plural'],
  ['analysts', 'unnamed analysts'], ['experts', 'unnamed experts'], ['observers', 'unnamed observers'],
  ['someone', 'unnamed person'], ['somebody', 'unnamed person'], ['negotiator', 'unnamed negotiator'], ['negotiators', 'plural'],
  ['lawmaker', 'unnamed lawmaker'], ['lawmakers', 'plural'], ['executive', 'unnamed executive'], ['executives', 'plural'],
  ['officer', 'unnamed officer'], ['officers', 'plural'], ['member', 'unnamed member'], ['members', 'plural'],
  ['employee', 'unnamed employee'], ['employees', 'plural'], ['activists', 'unnamed activists'], ['users', 'unnamed users'],
]);

/**
 * Roles of political news that are unnamed only when not definite: "two senators present who requested anonymity", "a
 * senior analyst at Jefferies", "a friend" are unnamed; "the Florida senator" is a named senator met earlier (resolving
 * him is the pronoun and description work's, not this list's). Seen on PolNeAR train articles.
 */
const INDEFINITE_ROLE_HEADS = new Map<string, string>([
  ['senator', 'unnamed senator'], ['senators', 'plural'], ['analyst', 'unnamed analyst'], ['strategist', 'unnamed strategist'],
  ['strategists', 'plural'], ['supporter', 'unnamed supporter'], ['supporters', 'plural'], ['friend', 'unnamed friend'],
  ['friends', 'plural'], ['donor', 'unnamed donor'], ['donors', 'plural'], ['consultant', 'unnamed consultant'],
  ['consultants', 'plural'], ['voter', 'unnamed voter'], ['voters', 'plural'],
]);

/**
 * Party members named by their party, capitalized: "a New Hampshire Republican", "two Democrats". After a count or an
 * indefinite article they are unnamed people (the capital is the party's, not a name's).
 */
const PARTY_MEMBERS = new Set(['republican', 'republicans', 'democrat', 'democrats', 'conservative', 'conservatives', 'liberal', 'liberals', 'tory', 'tories']);

/** Heads of document sources: "a statement", "a report", "the post", "an analysis". */
export const DOCUMENT_HEADS = new Map<string, string>([
  ['statement', 'press statement'], ['statements', 'plural'], ['report', 'report'], ['reports', 'plural'],
  ['release', 'press release'], ['letter', 'letter'], ['memo', 'memo'], ['document', 'document'], ['documents', 'plural'],
  ['post', 'online post'], ['posts', 'plural'], ['posting', 'online post'], ['message', 'message'], ['messages', 'plural'],
  ['tweet', 'tweet'], ['analysis', 'analysis'], ['study', 'study'], ['article', 'article'], ['articles', 'plural'],
  ['paper', 'paper'], ['filing', 'court filing'], ['email', 'email'], ['section', 'a section of a document or site'],
  ['survey', 'survey'], ['notice', 'notice'], ['communique', 'communique'], ['communiqué', 'spelling'], ['website', 'website'],
  ['editorial', 'editorial'], ['blog', 'blog'], ['transcript', 'transcript'], ['indictment', 'indictment'], ['complaint', 'legal complaint'],
]);

/** Qualifiers that describe an anonymous source: kept in the descriptor. */
const QUALIFIERS = [
  /\bwith (?:direct )?knowledge of [^,.;:”"]+/i,
  /\b(?:familiar|acquainted) with [^,.;:”"]+/i,
  /\bclose to [^,.;:”"]+/i,
  /\bbriefed on [^,.;:”"]+/i,
  /\bwho (?:spoke|asked|requested|declined|was not|were not|is not|are not|did not|didn't|insisted|demanded)[^,.;:”"]*/i,
  /\b(?:speaking )?on (?:the )?condition of anonymity[^,.;:”"]*/i,
  /\b(?:not|n't) authori[sz]ed to [^,.;:”"]+/i,
  /\b(?:asked|requested|declined) (?:not )?to be (?:named|identified)[^,.;:”"]*/i,
  /\binvolved in [^,.;:”"]+/i,
];
const QUALIFIER_START = /\s(?:by|with|familiar|acquainted|close|briefed|who|speaking|on condition|not authori|involved|in|at|from|of|for|on|made|including|such)\b/i;
const COUNTS = /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|some|many|multiple|few|a few|numerous|dozens|other|another|both|the two|the three|\d+)$/i;
const DETERMINERS = /^(?:the|a|an|one|some|this|that|these|those|another|other|its|his|her|their|both)$/i;

export interface SourceInfo {
  anonymous: boolean;
  document: boolean;
  /** Lower-case head noun, e.g. "sources". */
  head: string;
  definite: boolean;
  descriptor?: SourceDescriptor;
}

/** The first stretch of a source phrase, before an apposition or a qualifying phrase. */
function core(phrase: string): string {
  let c = phrase.split(',')[0];
  const q = QUALIFIER_START.exec(c);
  if (q) c = c.slice(0, q.index);
  return c.trim();
}

/** `sentence` is the text around the claim, searched for qualifiers such as "who spoke on condition of anonymity". */
export function describeSource(phrase: string, sentence = ''): SourceInfo {
  const c = core(phrase);
  const ws = c.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).map((w) => w.replace(/^["“‘']+|["”’'.,;:]+$/g, ''));
  const last = ws[ws.length - 1] ?? '';
  const head = last.toLowerCase().replace(/['’]s$/, '');
  const counted = ws.length > 1 && COUNTS.test(ws[0]) && !/^the\b/i.test(ws[0]);
  const partyMember = counted && PARTY_MEMBERS.has(head);
  const lastIsName = !partyMember && (/^\p{Lu}/u.test(last) && ws.length > 1 || /^\p{Lu}/u.test(last) && !ANONYMOUS_HEADS.has(head) && !DOCUMENT_HEADS.has(head));
  const appositionName = phrase.includes(',') && /,\s*(?:\p{Lu}\p{Ll}+\s+){0,3}\p{Lu}\p{Ll}+(?:\s*,|\s*$)/u.test(phrase.slice(phrase.indexOf(',')));
  const document = DOCUMENT_HEADS.has(head) && !lastIsName;
  const definite = /^(?:the|this|that|these|those)$/i.test(ws[0] ?? '');
  let anonymous = false;
  if (document) {
    const named = /['’]s\b/.test(c) || /\b(?:by|from|of|for|on|in|at|including)\s+(?:the\s+)?\p{Lu}/u.test(phrase);
    anonymous = !named && (/^(?:a|an|one|some|several|two|three)$/i.test(ws[0] ?? '') || /\b(?:unknown|anonymous|unsigned|unnamed|unidentified)\b/i.test(phrase));
  } else if ((ANONYMOUS_HEADS.has(head) || (INDEFINITE_ROLE_HEADS.has(head) && !definite) || partyMember) && !lastIsName && !appositionName) {
    anonymous = true;
  }
  const info: SourceInfo = { anonymous, document, head, definite };
  if (anonymous && !document) {
    const descriptor: SourceDescriptor = {};
    let i = 0;
    if (ws.length > 1 && COUNTS.test(ws[0])) { descriptor.count = ws[0].toLowerCase(); i = 1; }
    else if (ws.length > 1 && DETERMINERS.test(ws[0])) i = 1;
    const mods = ws.slice(i, -1);
    const affiliation = mods.filter((w) => /^\p{Lu}/u.test(w));
    const role = [...mods.filter((w) => !/^\p{Lu}/u.test(w) && !/^(?:second|third|first|other|same|former|current)$/i.test(w)), last];
    if (affiliation.length) descriptor.affiliation = affiliation.join(' ');
    descriptor.role = role.join(' ').replace(/^\p{Lu}/u, (ch) => ch.toLowerCase());
    const qualifiers: string[] = [];
    for (const re of QUALIFIERS) {
      const m = re.exec(phrase) ?? re.exec(sentence);
      if (m && !qualifiers.some((q) => q.includes(m[0].trim()))) qualifiers.push(m[0].trim());
    }
    const org = /\b(?:at|from|in|of|with)\s+(?:the\s+)?((?:\p{Lu}[\p{L}.'’-]*\s?)+)/u.exec(phrase.slice(c.length));
    if (!descriptor.affiliation && org && !/^(?:with knowledge|familiar)/i.test(phrase.slice(c.length).trim())) descriptor.affiliation = org[1].trim();
    if (qualifiers.length) descriptor.qualifiers = qualifiers;
    info.descriptor = descriptor;
  }
  return info;
}

/** Singular form of a head noun, to match "the sources" with "two Iraqi security sources". */
export function singular(head: string): string {
  if (head === 'people') return 'person';
  return head.replace(/ies$/, 'y').replace(/s$/, '');
}
