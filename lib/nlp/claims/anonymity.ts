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
 * Roles of people who speak in the news without being named: unnamed when counted, indefinite or a bare plural ("one
 * Democratic senator", "two aides", "a nurse at the same hospital", "another Democratic holdout", "Clinton
 * supporters"), not when definite: "the Florida senator" is someone met earlier (resolve.ts's resolveRole links him back).
 * Singular forms with a reason; plurals are derived (pluralOf). Seen on PolNeAR train articles and the blind set.
 */
const ROLE_SINGULARS: [string, string][] = [
  ['senator', 'lawmaker'], ['legislator', 'lawmaker'], ['congressman', 'lawmaker'], ['congresswoman', 'lawmaker'],
  ['delegate', 'party delegate'], ['holdout', 'a lawmaker or negotiator holding out'], ['analyst', 'market or political analyst'],
  ['strategist', 'political strategist'], ['operative', 'political operative'], ['pollster', 'pollster without a name'],
  ['consultant', 'consultant'], ['lobbyist', 'lobbyist'], ['economist', 'economist'], ['researcher', 'researcher'],
  ['scientist', 'scientist'], ['expert', 'expert'], ['supporter', 'supporter'], ['backer', 'supporter'], ['ally', 'political ally'],
  ['confidant', 'confidant'], ['friend', 'friend'], ['donor', 'donor'], ['fundraiser', 'fundraiser'], ['voter', 'voter'],
  ['activist', 'activist'], ['organizer', 'organizer'], ['volunteer', 'volunteer'], ['protester', 'protester'],
  ['demonstrator', 'demonstrator'], ['politician', 'politician'], ['technologist', 'technologist'], ['foe', 'opponent'],
  ['opponent', 'opponent'], ['proponent', 'proponent'], ['advocate', 'advocate'], ['veteran', 'veteran'], ['player', 'athlete'],
  ['teammate', 'athlete'], ['coach', 'coach without a name'], ['fan', 'supporter of a team'], ['shareholder', 'investor'],
  ['investor', 'investor'], ['trader', 'trader'], ['banker', 'banker'], ['employee', 'employee'], ['worker', 'worker'],
  ['administrator', 'administrator'], ['nurse', 'health worker'], ['doctor', 'health worker'], ['physician', 'health worker'],
  ['paramedic', 'health worker'], ['teacher', 'teacher'], ['student', 'student'], ['parent', 'parent'], ['resident', 'resident'],
  ['neighbor', 'neighbour'], ['neighbour', 'spelling'], ['colleague', 'colleague'], ['relative', 'relative'],
  ['family', 'a family speaking'], ['attendee', 'attendee'], ['participant', 'participant'], ['caller', 'caller'],
  ['customer', 'customer'], ['patient', 'patient'], ['passenger', 'passenger'], ['owner', 'business owner'],
  ['businessman', 'businessman'], ['businesswoman', 'businesswoman'], ['man', 'an unnamed man'], ['woman', 'an unnamed woman'],
  ['boy', 'child'], ['girl', 'child'], ['child', 'child'], ['commander', 'military commander'], ['soldier', 'soldier'],
  ['officer', 'officer'], ['agent', 'agent'], ['investigator', 'investigator'], ['accountant', 'accountant'],
  ['auditor', 'auditor'], ['manager', 'manager'], ['director', 'director without a name'],
  ['insider', 'insider'], ['partisan', 'partisan'], ['moderate', 'political moderate'], ['observer', 'observer'],
  ['member', 'member'], ['lawmaker', 'lawmaker'], ['staffer', 'staffer'], ['aide', 'aide'], ['diplomat', 'diplomat'],
  ['negotiator', 'negotiator'], ['mediator', 'mediator'], ['witness', 'witness'], ['survivor', 'survivor'], ['victim', 'victim'],
  ['candidate', 'candidate without a name ("Other Republican candidates said")'], ['rival', 'political rival'],
  ['bystander', 'witness'], ['onlooker', 'witness'], ['eyewitness', 'witness'],
];
/** Plural of a role noun: "family" -> "families", "man" -> "men", "child" -> "children", "coach" -> "coaches". */
export function pluralOf(noun: string): string {
  if (noun === 'child') return 'children';
  if (/man$/.test(noun)) return noun.replace(/man$/, 'men');
  if (/[^aeiou]y$/.test(noun)) return noun.replace(/y$/, 'ies');
  if (/(?:s|sh|ch|x)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}
const SINGULAR_ROLES = new Set(ROLE_SINGULARS.map(([w]) => w));
export const INDEFINITE_ROLE_HEADS = new Map<string, string>(
  ROLE_SINGULARS.flatMap(([w, reason]) => [[w, reason], [pluralOf(w), `plural of ${w}`]] as [string, string][]),
);
/** Groups that speak unnamed in the plural only ("news organizations", "prominent businesses", "civil rights groups"). */
for (const [w, reason] of [['organizations', 'unnamed organizations'], ['businesses', 'unnamed businesses'], ['groups', 'unnamed groups'], ['companies', 'unnamed companies'], ['outlets', 'unnamed news outlets'], ['respondents', 'poll respondents']]) INDEFINITE_ROLE_HEADS.set(w, reason);
/** Capitalized plurals that name a group of people, not a person ("Millennials say"): unnamed like a bare plural role. */
const GROUP_PLURALS = new Map<string, string>([
  ['millennials', 'a generation'], ['americans', 'a nationality'], ['hispanics', 'a demographic group'], ['latinos', 'a demographic group'],
  ['evangelicals', 'a religious group'], ['catholics', 'a religious group'], ['muslims', 'a religious group'],
]);
/** Heads of a definite description of an organization ("the company", "the newspaper"): resolve.ts links it back. */
export const ORGANIZATION_HEADS = new Map<string, string>([
  ['company', 'business'], ['firm', 'business'], ['bank', 'business'], ['retailer', 'business'], ['maker', 'business'],
  ['manufacturer', 'business'], ['carrier', 'business'], ['airline', 'business'], ['insurer', 'business'], ['lender', 'business'],
  ['automaker', 'business'], ['chain', 'business'], ['agency', 'public body'], ['ministry', 'public body'], ['department', 'public body'],
  ['regulator', 'public body'], ['commission', 'public body'], ['council', 'public body'], ['committee', 'public body'],
  ['government', 'public body'], ['administration', 'public body'], ['court', 'public body'], ['union', 'organization'],
  ['group', 'organization'], ['charity', 'organization'], ['foundation', 'organization'], ['club', 'sports club'],
  ['team', 'sports team'], ['league', 'sports body'], ['newspaper', 'publication'], ['paper', 'publication'],
  ['daily', 'publication'], ['tabloid', 'publication'], ['magazine', 'publication'], ['network', 'broadcaster'],
  ['broadcaster', 'broadcaster'], ['station', 'broadcaster'], ['channel', 'broadcaster'], ['outlet', 'publication'],
  ['campaign', 'political campaign'], ['party', 'political party'],
]);

/** Heads that speak for an organization: named, the organization being who speaks ("A Treasury spokesman", "a lawyer for the firm"). */
const SPOKES_HEADS = new Map<string, string>([
  ['spokesman', 'speaks for an organization'], ['spokeswoman', 'speaks for an organization'], ['spokesperson', 'speaks for an organization'],
  ['spokesmen', 'plural'], ['spokeswomen', 'plural'], ['spokespeople', 'plural'], ['representative', 'speaks for an organization'],
  ['representatives', 'plural'], ['lawyer', 'speaks for a client'], ['lawyers', 'plural'], ['attorney', 'speaks for a client'],
  ['attorneys', 'plural'], ['counsel', 'speaks for a client'],
]);
/**
 * Words said instead of a name ("asked not to be named", "whose name is redacted"): with no name in the phrase the
 * source is unnamed whatever its head ("One longtime shareholder, who spoke on condition of anonymity").
 */
const WITHHELD_NAME = /\b(?:anonymity|anonymously|not (?:to )?be (?:named|identified)|not being (?:named|identified)|(?:asked|requested|declined|wished) (?:not )?to be (?:named|identified)|(?:did not|didn't|didn’t) want to be (?:named|identified)|(?:did not|didn't|didn’t) want (?:to speak )?on the record|not authori[sz]ed to (?:speak|discuss|comment|talk)|whose name (?:is|was) (?:redacted|withheld|not)|name (?:was )?withheld)\b/i;
/** A share of a polled group ("one in four", "about three in 10", "nearly a third", "a strong majority of voters", "49%"). */
const POLL_SHARE = /^(?:(?:just|about|nearly|almost|roughly|some|around|only|over|more than|fewer than|less than|just shy of|shy of)\s+)*(?:(?:one|two|three|four|five|six|seven|eight|nine|\d+)\s+(?:in|out of)\s+(?:\w+)|(?:a|one|two)\s+(?:third|quarter|fifth|half)s?(?=\s+of\b|\s*$)|half|(?:a|the)\s+(?:\w+\s+)?(?:majority|minority|plurality)|majorities|large majorities|most|\d+(?:\.\d+)?\s*(?:%|percent))\b/i;
/** A quantifier standing alone for an unnamed member of a group just described ("Another said", "One described", "One of them"). */
const BARE_QUANTIFIER = /^(?:one|another|others|some|many|most|several|both|one of them|some of them|many of them|another one)$/i;

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
/** Where a post-modifier starts after the head noun ("two aides to Democratic senators", "people privy to the talks"). */
const QUALIFIER_START = /\s(?:by|with|familiar|acquainted|close|briefed|privy|who|whose|speaking|on condition|not authori|involved|interviewed|reached|in|at|from|of|for|on|to|inside|within|made|including|such|representing|working|based)\b/i;
const COUNTS = /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|some|many|multiple|few|a few|numerous|dozens|other|another|both|the two|the three|\d+)$/i;
const DETERMINERS = /^(?:the|a|an|one|some|this|that|these|those|another|other|its|his|her|their|both)$/i;

export interface SourceInfo {
  anonymous: boolean;
  document: boolean;
  /** Lower-case head noun, e.g. "sources". */
  head: string;
  definite: boolean;
  /** A role noun ("senator", "nurse") as the head of a definite description: resolve.ts links it back (resolveRole). */
  role?: boolean;
  /** "the company", "the newspaper": a definite description of an organization, linked back (resolveOrganization). */
  organization?: boolean;
  /** Why the phrase was called named or unnamed (one line, for traces and tests). */
  reason: string;
  descriptor?: SourceDescriptor;
}

/** The first stretch of a source phrase, before an apposition or a qualifying phrase. */
function core(phrase: string): string {
  let c = phrase.split(/,|\s[—–]\s/)[0];
  const q = QUALIFIER_START.exec(c);
  if (q) c = c.slice(0, q.index);
  return c.trim();
}

const isRole = (head: string) => ANONYMOUS_HEADS.has(head) || INDEFINITE_ROLE_HEADS.has(head);

/**
 * Named or unnamed, from the phrase's parts: its determiner or quantifier (first word), its head (last word of the
 * core, before any post-modifier) and what is said instead of a name. In order, each with its reason:
 * a document; a name (a capitalized head, or a name in apposition); a name withheld ("asked not to be named"); a
 * spokesperson (speaks for an organization: named); a poll share ("one in four"); a quantifier standing alone
 * ("Another said"); an anonymous-source head ("sources", "officials"); a counted, indefinite or bare plural role noun
 * ("one senator", "a nurse", "Clinton supporters"). `sentence` is searched for qualifiers only.
 */
export function describeSource(phrase: string, sentence = ''): SourceInfo {
  const c = core(phrase);
  const ws = c.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).map((w) => w.replace(/^["“‘']+|["”’'.,;:]+$/g, ''));
  const last = ws[ws.length - 1] ?? '';
  const head = last.toLowerCase().replace(/['’]s$/, '');
  const first = ws[0] ?? '';
  const counted = ws.length > 1 && COUNTS.test(first) && !/^the\b/i.test(first);
  const partyMember = counted && PARTY_MEMBERS.has(head);
  const capitalHead = /^\p{Lu}/u.test(last);
  // A lone capitalized word is a name unless it is a role noun or quantifier capitalized at a sentence start ("Friends", "Another").
  const loneCommon = ws.length === 1 && (isRoleNoun(head) || DOCUMENT_HEADS.has(head) || BARE_QUANTIFIER.test(head));
  const lastIsName = !partyMember && !GROUP_PLURALS.has(head) && capitalHead && !loneCommon;
  // A name in apposition: "Ted Cruz, a Texas Republican" reads the other way; "one of the authors, Dr. Michael Brandt of X".
  const appositive = phrase.includes(',') ? phrase.slice(phrase.indexOf(',')) : '';
  const appositionName = !!appositive && (/,\s*(?:\p{Lu}\p{Ll}+\s+){0,3}\p{Lu}\p{Ll}+(?:\s*,|\s*$)/u.test(appositive)
    || /^,\s*(?:(?:Dr|Mr|Mrs|Ms|Sen|Rep|Gov|Gen|Prof)\.\s+)?\p{Lu}\p{Ll}[\p{L}'’-]*\s+(?:\p{Lu}\.\s+)?\p{Lu}\p{Ll}[\p{L}'’-]*/u.test(appositive));
  const document = DOCUMENT_HEADS.has(head) && !lastIsName;
  // "the Texas senator's allies": the article is the possessor's, the phrase is possessed, not definite.
  const possessed = /^(?:his|her|its|their|our|my|your)$/i.test(first) || ws.slice(0, -1).some((w) => /\p{L}['’]s?$|s['’]$/u.test(w));
  const definite = /^(?:the|this|that|these|those)$/i.test(first) && !possessed;
  let anonymous = false;
  let reason: string;
  if (document) {
    const named = /['’]s\b/.test(c) || /\b(?:by|from|of|for|on|in|at|with|including)\s+(?:the\s+)?\p{Lu}/u.test(phrase);
    anonymous = !named && (/^(?:a|an|one|some|several|two|three)$/i.test(first) || /\b(?:unknown|anonymous|unsigned|unnamed|unidentified)\b/i.test(phrase));
    reason = anonymous ? 'a document of unnamed origin' : 'a document';
  } else if (lastIsName || appositionName) {
    reason = 'a name in the phrase';
  } else if (WITHHELD_NAME.test(phrase)) {
    anonymous = true;
    reason = 'the name is withheld';
  } else if (SPOKES_HEADS.has(head)) {
    reason = 'speaks for an organization';
  } else if (POLL_SHARE.test(c) || POLL_SHARE.test(phrase.trim())) {
    anonymous = true;
    reason = 'a share of a polled group';
  } else if (BARE_QUANTIFIER.test(c)) {
    anonymous = true;
    reason = 'a quantifier standing for an unnamed member of a group';
  } else if (ANONYMOUS_HEADS.has(head)) {
    anonymous = true;
    reason = `head "${head}": ${ANONYMOUS_HEADS.get(head)}`;
  } else if (SINGULAR_ROLES.has(head) && !counted && !possessed && !definite) {
    // A singular role with no article is headline or title style ("Australian woman claims ...", "Executive director
    // of the Dallas chapter ... Alia Salem said"): someone the story names, not an unnamed source.
    reason = `bare singular role "${head}": headline or title style`;
  } else if ((INDEFINITE_ROLE_HEADS.has(head) || GROUP_PLURALS.has(head)) && !definite || partyMember) {
    // counted ("one senator"), indefinite ("a nurse"), possessed ("Her liberal friends", "Sanders' aides") or a bare plural
    anonymous = true;
    reason = `${counted && !/^(?:a|an)$/i.test(first) ? 'counted' : possessed ? 'possessed' : 'indefinite'} role "${head}"`;
  } else {
    reason = definite && isRole(head) ? `definite role "${head}": someone met earlier` : 'no unnamed role';
  }
  if (sentence && !anonymous && !document && !lastIsName && !appositionName && !SPOKES_HEADS.has(head) && isRole(head) && !definite && WITHHELD_NAME.test(sentence)) {
    anonymous = true;
    reason = 'the sentence withholds the name';
  }
  const info: SourceInfo = { anonymous, document, head, definite, reason };
  if (definite && !anonymous && !document && !lastIsName && !appositionName && isRole(head)) info.role = true;
  if (definite && !anonymous && !document && !lastIsName && !appositionName && ORGANIZATION_HEADS.has(head)) info.organization = true;
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

/** Whether a word is a role noun that a source phrase can be headed by ("senator", "families", "Republican", "sources"). */
export function isRoleNoun(word: string): boolean {
  const w = word.toLowerCase();
  return ANONYMOUS_HEADS.has(w) || INDEFINITE_ROLE_HEADS.has(w) || PARTY_MEMBERS.has(w) || GROUP_PLURALS.has(w);
}

/** Whether a word heads a phrase for someone who speaks for others ("spokesman", "lawyer", "representative"). */
export function speaksForOthers(word: string): boolean {
  return SPOKES_HEADS.has(word.toLowerCase());
}

/** Singular form of a head noun, to match "the sources" with "two Iraqi security sources". */
export function singular(head: string): string {
  if (head === 'people') return 'person';
  return head.replace(/ies$/, 'y').replace(/s$/, '');
}
