/**
 * The attribution lexicon, kept as data with a reason for each entry.
 *
 * A cue verb has a `frame` that says what it must be followed by to count as reporting speech:
 * - `say`: a clause with or without "that" ("X said the talks failed"), a quotation, or a colon.
 * - `tell`: an optional addressee, then a clause, a quotation or a colon ("told reporters that ...").
 * - `that`: only with "that", a wh-word, a quotation or a colon, or a clause opened by a pronoun (these verbs often take a
 *   plain noun object: "announced the start of a process", "confirmed his visit" are not claims).
 * - `ask`: a directive or question: an addressee then "to", "not to" or a wh-word ("asked the governments not to ...").
 * - `describe`: "describe X as Y" / "called X 'Y'" naming acts, only with "as" or a quotation close after.
 * - `quote-only`: counts only next to a quotation ("writing", "tweeted", "replied").
 * - `object`: verbs of judging, demanding and proposing in words, whose noun phrase object is what was said
 *   ("criticized the plan", "praised his rival", "proposed a ban", "citing a poll"), besides a "that" clause.
 * - `particle`: only with their particle, whose object is what was said ("talked about X", "pointed out that", "pointed to X").
 * `ambiguous` marks forms that are also common nouns ("states", "claims", "reports", "comment"): they need a verb reading.
 */
import { DO_FORMS, HAVE_FORMS, MODALS } from './vocabulary';

export type CueFrame = 'say' | 'tell' | 'that' | 'ask' | 'describe' | 'quote-only' | 'object' | 'particle';

export interface CueVerb {
  forms: string[];
  frame: CueFrame;
  /** Forms that are also nouns: counted only with a verb reading (subject or auxiliary before, no determiner). */
  ambiguous?: string[];
  reason: string;
}

export const CUE_VERBS: CueVerb[] = [
  { forms: ['say', 'says', 'said', 'saying'], frame: 'say', reason: 'the commonest attribution verb in news' },
  { forms: ['tell', 'tells', 'told', 'telling'], frame: 'tell', reason: '"told reporters that ..." names an addressee; "told X to" is an order and is dropped' },
  { forms: ['add', 'adds', 'added', 'adding'], frame: 'say', reason: 'continues a speaker: "it added"' },
  { forms: ['state', 'states', 'stated', 'stating'], frame: 'that', ambiguous: ['state', 'states'], reason: 'formal speech; "the state" and "the United States" are nouns' },
  { forms: ['claim', 'claims', 'claimed', 'claiming'], frame: 'say', ambiguous: ['claim', 'claims'], reason: 'contested assertion; "the claims" is a noun' },
  { forms: ['announce', 'announces', 'announced', 'announcing'], frame: 'that', reason: 'official speech; "announced the start of" takes a noun and is not a claim' },
  { forms: ['note', 'notes', 'noted', 'noting'], frame: 'that', ambiguous: ['note', 'notes'], reason: 'assertion; "a note" is a noun' },
  { forms: ['write', 'writes', 'wrote', 'writing', 'written'], frame: 'that', reason: 'written statements: "wrote that", "writing in a blog post \\"...\\""' },
  { forms: ['tweet', 'tweets', 'tweeted', 'tweeting'], frame: 'that', ambiguous: ['tweet', 'tweets'], reason: 'social media statements: "tweeted that ..." or with the quotation ("tweeted support" takes a noun)' },
  { forms: ['post', 'posted', 'posting'], frame: 'quote-only', ambiguous: ['post', 'posting'], reason: 'social media statements, only with a quotation' },
  { forms: ['shout', 'shouts', 'shouted', 'shouting', 'yell', 'yells', 'yelled', 'yelling', 'exclaim', 'exclaims', 'exclaimed', 'retort', 'retorts', 'retorted'], frame: 'quote-only', ambiguous: ['shout', 'shouts', 'yell', 'yells', 'retort', 'retorts'], reason: 'loud or sharp speech, only next to a quotation ("\"Q,\" the man shouted"); "a shout" is a noun' },
  { forms: ['reply', 'replies', 'replied', 'replying'], frame: 'quote-only', ambiguous: ['reply', 'replies'], reason: 'answer, usually quoted' },
  { forms: ['respond', 'responds', 'responded', 'responding'], frame: 'quote-only', reason: 'answer, only with a quotation ("responded to the attack" is not speech)' },
  { forms: ['answer', 'answered', 'answering'], frame: 'quote-only', reason: 'answer, only with a quotation' },
  { forms: ['assert', 'asserts', 'asserted', 'asserting'], frame: 'that', reason: 'assertion' },
  { forms: ['explain', 'explains', 'explained', 'explaining'], frame: 'that', reason: 'assertion' },
  { forms: ['insist', 'insists', 'insisted', 'insisting'], frame: 'say', reason: 'assertion' },
  { forms: ['argue', 'argues', 'argued', 'arguing'], frame: 'say', reason: 'assertion' },
  { forms: ['warn', 'warns', 'warned', 'warning'], frame: 'tell', ambiguous: ['warning'], reason: 'assertion about a risk; "warned of X" takes a noun and is dropped' },
  { forms: ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'], frame: 'that', reason: 'concession' },
  { forms: ['admit', 'admits', 'admitted', 'admitting'], frame: 'that', reason: 'concession' },
  { forms: ['allege', 'alleges', 'alleged', 'alleging'], frame: 'that', reason: 'accusation; "the alleged attack" is an adjective' },
  { forms: ['confirm', 'confirms', 'confirmed', 'confirming'], frame: 'that', reason: 'confirmation' },
  { forms: ['deny', 'denies', 'denied', 'denying'], frame: 'that', reason: 'denial' },
  { forms: ['report', 'reports', 'reported', 'reporting'], frame: 'that', ambiguous: ['report', 'reports', 'reporting'], reason: 'media reporting; "the report" is a noun, "were reported" has no source' },
  { forms: ['observe', 'observes', 'observed', 'observing'], frame: 'that', reason: 'remark' },
  { forms: ['comment', 'comments', 'commented', 'commenting'], frame: 'quote-only', ambiguous: ['comment', 'comments'], reason: 'remark, with the quotation' },
  { forms: ['remark', 'remarks', 'remarked', 'remarking'], frame: 'that', ambiguous: ['remark', 'remarks'], reason: 'remark; "his remarks" is a noun' },
  { forms: ['declare', 'declares', 'declared', 'declaring'], frame: 'that', reason: 'formal statement' },
  { forms: ['stress', 'stresses', 'stressed', 'stressing'], frame: 'that', ambiguous: ['stress'], reason: 'emphasis' },
  { forms: ['emphasize', 'emphasizes', 'emphasized', 'emphasise', 'emphasised', 'emphasizing', 'emphasising'], frame: 'that', reason: 'emphasis' },
  { forms: ['maintain', 'maintains', 'maintained', 'maintaining'], frame: 'that', reason: 'continued assertion; needs "that" ("maintained a policy" is not speech)' },
  { forms: ['contend', 'contends', 'contended', 'contending'], frame: 'that', reason: 'assertion' },
  { forms: ['concede', 'concedes', 'conceded', 'conceding'], frame: 'that', reason: 'concession' },
  { forms: ['reiterate', 'reiterates', 'reiterated', 'reiterating'], frame: 'that', reason: 'repetition' },
  { forms: ['recall', 'recalls', 'recalled', 'recalling'], frame: 'that', reason: 'narration' },
  { forms: ['promise', 'promises', 'promised', 'promising'], frame: 'that', ambiguous: ['promise', 'promises', 'promising'], reason: 'commitment' },
  { forms: ['pledge', 'pledges', 'pledged', 'pledging'], frame: 'that', ambiguous: ['pledge', 'pledges'], reason: 'commitment' },
  { forms: ['vow', 'vows', 'vowed', 'vowing'], frame: 'that', ambiguous: ['vow', 'vows'], reason: 'commitment' },
  { forms: ['complain', 'complains', 'complained', 'complaining'], frame: 'that', reason: 'complaint; "complained about X" is dropped' },
  { forms: ['testify', 'testifies', 'testified', 'testifying'], frame: 'that', reason: 'testimony' },
  { forms: ['conclude', 'concludes', 'concluded', 'concluding'], frame: 'that', reason: 'written conclusion' },
  { forms: ['reason', 'reasons', 'reasoned'], frame: 'quote-only', ambiguous: ['reason', 'reasons'], reason: 'argument, with the quotation' },
  { forms: ['predict', 'predicts', 'predicted', 'predicting'], frame: 'that', reason: 'forecast stated by a source' },
  { forms: ['suggest', 'suggests', 'suggested', 'suggesting'], frame: 'quote-only', reason: 'too often evidence ("estimates suggest"): only with a quotation' },
  { forms: ['charge', 'charges', 'charged', 'charging'], frame: 'that', ambiguous: ['charge', 'charges', 'charging'], reason: 'accusation; "charged with" is legal, "the charges" a noun' },
  { forms: ['continue', 'continues', 'continued'], frame: 'quote-only', reason: '"...," he continued: only next to a quotation' },
  { forms: ['counter', 'counters', 'countered', 'countering'], frame: 'that', ambiguous: ['counter'], reason: 'rebuttal' },
  { forms: ['quip', 'quips', 'quipped', 'joke', 'joked', 'jokes', 'quipping', 'joking'], frame: 'that', ambiguous: ['joke', 'jokes', 'quip', 'quips'], reason: 'humorous remark' },
  { forms: ['lament', 'laments', 'lamented', 'boast', 'boasts', 'boasted', 'lamenting', 'boasting'], frame: 'that', ambiguous: ['lament', 'boast', 'boasts'], reason: 'complaint or boast' },
  { forms: ['mention', 'mentions', 'mentioned', 'mentioning'], frame: 'that', reason: 'remark; "mentioned the plan" takes a noun and is dropped' },
  { forms: ['recount', 'recounts', 'recounted', 'recounting'], frame: 'that', reason: 'narration' },
  { forms: ['accuse', 'accuses', 'accused', 'accusing'], frame: 'ask', reason: 'accusation "accused X of ..."; "the accused" is a noun' },
  { forms: ['ask', 'asks', 'asked'], frame: 'ask', reason: 'question or request: "asked the governments not to ...", "asked how ..."' },
  { forms: ['urge', 'urges', 'urged', 'urging'], frame: 'ask', reason: 'request: "urged X to ..."' },
  { forms: ['plead', 'pleads', 'pleaded', 'pled', 'pleading'], frame: 'ask', reason: 'request: "pleaded with him to ..."' },
  { forms: ['describe', 'describes', 'described', 'describing'], frame: 'describe', reason: 'naming act "describes X as Y"' },
  { forms: ['characterize', 'characterizes', 'characterized', 'characterise', 'characterised', 'characterizing', 'characterising'], frame: 'describe', reason: 'naming act "characterized X as Y"' },
  { forms: ['call', 'calls', 'called', 'calling'], frame: 'describe', ambiguous: ['call', 'calls'], reason: 'naming act, only "called X \\"Y\\"" with a quotation' },
  { forms: ['dub', 'dubs', 'dubbed', 'dubbing'], frame: 'describe', reason: 'naming act, only with "as" or a quotation' },
  { forms: ['criticize', 'criticizes', 'criticized', 'criticizing', 'criticise', 'criticises', 'criticised', 'criticising'], frame: 'object', reason: 'criticism in words: "criticized the plan", "criticizing Trump for ..."' },
  { forms: ['praise', 'praises', 'praised', 'praising'], frame: 'object', ambiguous: ['praise'], reason: 'praise in words: "praised his rival"; "the praise" is a noun' },
  { forms: ['blast', 'blasts', 'blasted', 'blasting', 'slam', 'slams', 'slammed', 'slamming'], frame: 'object', ambiguous: ['blast', 'blasts', 'slam', 'slams'], reason: 'harsh criticism in words ("blasted the decision"); "a blast" is a noun' },
  { forms: ['denounce', 'denounces', 'denounced', 'denouncing', 'condemn', 'condemns', 'condemned', 'condemning'], frame: 'object', reason: 'condemnation in words: "denounced the attack"' },
  { forms: ['propose', 'proposes', 'proposed', 'proposing'], frame: 'object', reason: 'a proposal made in words: "proposed a ban on ..."; "the proposed rule" is an adjective' },
  { forms: ['cite', 'cites', 'cited', 'citing'], frame: 'object', reason: 'a reason given in words: ", citing a poll"; "the cited study" is an adjective' },
  { forms: ['reveal', 'reveals', 'revealed', 'revealing'], frame: 'object', reason: 'a disclosure: "revealed that ...", "revealed his plan"' },
  { forms: ['demand', 'demands', 'demanded', 'demanding'], frame: 'object', ambiguous: ['demand', 'demands'], reason: 'a demand in words: "demanded an apology"; "the demand for" is a noun' },
  { forms: ['question', 'questions', 'questioned', 'questioning'], frame: 'object', ambiguous: ['question', 'questions'], reason: 'doubt voiced in words, only before a wh-word or a possessive ("questioned whether ...", "questioned his record"): "questioned the student" is an interrogation; "a question" is a noun' },
  { forms: ['repeat', 'repeats', 'repeated', 'repeating'], frame: 'object', reason: 'words said again: "repeated his claim that ..."' },
  { forms: ['talk', 'talks', 'talked', 'talking', 'speak', 'speaks', 'spoke', 'speaking'], frame: 'particle', ambiguous: ['talk', 'talks'], reason: 'speech about a topic, only with "about" or "of": "talked about the wall"' },
  { forms: ['point', 'points', 'pointed', 'pointing'], frame: 'particle', ambiguous: ['point', 'points'], reason: 'a remark, only with "out" or "to": "pointed out that ...", "pointed to the polls"' },
];

/** The particle a `particle` cue needs: "out" or "to" after "point", "about" or "of" after "talk" and "speak". */
export function cueParticle(form: string): RegExp {
  return /^point/i.test(form) ? /^(?:out|to)$/i : /^(?:about|of)$/i;
}

/**
 * Nouns of speech after a possessive source with a "that" clause: "Trump's claim that ...", "the ministry's statement
 * that ...". Only this frame counts (a bare "the claim" or "his remarks" is not an attribution).
 */
export const NOUN_CUES = new Set([
  'claim', 'claims', 'assertion', 'assertions', 'statement', 'allegation', 'allegations', 'suggestion', 'insistence',
  'argument', 'warning', 'promise', 'pledge', 'announcement', 'remark', 'remarks', 'comment', 'comments', 'accusation',
  'accusations', 'contention', 'declaration', 'admission', 'denial', 'charge', 'prediction', 'vow', 'boast',
]);

/** "according to X" and its relatives: the source follows the phrase. */
export const ACCORDING_TO: { phrase: string; reason: string }[] = [
  { phrase: 'according to', reason: 'the standard attribution phrase, source after it' },
  { phrase: 'in the words of', reason: 'attribution phrase before a quotation' },
  { phrase: 'as quoted by', reason: 'attribution phrase' },
];

/** Refusals to speak: a claim with no content, its span is the cue. `(?:...)` groups are regular expression text. */
export const NO_COMMENT: { pattern: string; reason: string }[] = [
  { pattern: '(?:declined|declines|decline|refused|refuses|refuse)\\s+(?:to\\s+)?(?:immediately\\s+)?(?:comment|elaborate|discuss|answer|say|respond|give\\s+(?:any\\s+)?(?:more\\s+|further\\s+|additional\\s+)?(?:details|comment|information))', reason: '"declined to comment", "refused to give any more details"' },
  { pattern: '(?:did|does|do)\\s+not\\s+(?:immediately\\s+)?(?:respond|reply)\\s+to\\s+(?:a\\s+|an\\s+|multiple\\s+|several\\s+|repeated\\s+)?(?:emailed\\s+|e-mailed\\s+|written\\s+)?(?:requests?|inquiries|inquiry|questions?|messages?|calls?)(?:\\s+for\\s+comment)?', reason: '"did not respond to a request for comment"' },
  { pattern: '(?:could|can)\\s+not\\s+(?:immediately\\s+)?be\\s+reached\\s+for\\s+comment', reason: '"could not be reached for comment"' },
  { pattern: "(?:couldn't|can't|cannot|couldn’t|can’t)\\s+(?:immediately\\s+)?be\\s+reached\\s+for\\s+comment", reason: '"couldn\'t be reached for comment", straight or curly apostrophe' },
  { pattern: "(?:didn't|doesn't|don't|didn’t|doesn’t|don’t)\\s+(?:immediately\\s+)?(?:respond|reply)\\s+to\\s+(?:a\\s+|an\\s+)?(?:requests?|inquiries|questions?|messages?)(?:\\s+for\\s+comment)?", reason: 'contracted form' },
  { pattern: 'had\\s+no\\s+(?:immediate\\s+)?comment', reason: '"had no immediate comment"' },
  { pattern: "(?:would|will|did|does|do|could|can|has|have|had)\\s+not\\s+(?:immediately\\s+)?(?:say|comment|elaborate|disclose|discuss|specify|confirm)", reason: '"would not say whether", "did not comment": a refusal, not a claim' },
  { pattern: "(?:wouldn't|won't|didn't|doesn't|don't|couldn't|hasn't|haven't|hadn't|wouldn’t|won’t|didn’t|doesn’t|don’t|couldn’t|hasn’t|haven’t|hadn’t)\\s+(?:immediately\\s+)?(?:say|comment|elaborate|disclose|discuss|specify|confirm)", reason: 'contracted refusal' },
];

/** The phrases of ACCORDING_TO as one sticky, case-insensitive pattern (any run of spaces between the words). */
export const ACCORDING_RE = new RegExp(`(?:${ACCORDING_TO.map((a) => a.phrase.replace(/ /g, '\\s+')).join('|')})\\b`, 'iy');
/** The refusals of NO_COMMENT as one sticky, case-insensitive pattern. */
export const NO_COMMENT_RE = new RegExp(`(?:${NO_COMMENT.map((n) => n.pattern).join('|')})\\b`, 'iy');

/**
 * The words a NO_COMMENT pattern can start with: the alternatives of its leading group "(?:a|b|c)", else its first
 * word. Computed, so a refusal added to the list is found without touching a second list.
 */
export function firstWords(pattern: string): string[] {
  if (pattern.startsWith('(?:')) {
    const close = pattern.indexOf(')');
    const alternatives = pattern.slice(3, close);
    if (/[()\\[?*+]/.test(alternatives)) throw new Error(`NO_COMMENT pattern must open with a plain group of words: ${pattern}`);
    return alternatives.split('|');
  }
  const word = /^[a-z'’]+/i.exec(pattern)?.[0];
  if (!word) throw new Error(`NO_COMMENT pattern must open with a word: ${pattern}`);
  return [word];
}

/** Words before an ambiguous cue that make it a noun ("the state", "his remarks", "in reports"). */
export const NOUN_BEFORE = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'any', 'no',
  'some', 'such', 'every', 'each', 'another', 'other', 'new', 'recent', 'earlier', 'previous', 'official', 'public',
  'several', 'many', 'few', 'more', 'most', 'all', 'both', 'first', 'second', 'final', 'united', 'islamic', 'member',
  'of', 'in', 'on', 'for', 'with', 'by', 'at', 'from', 'to', 'about', 'after', 'before', 'under', 'over', 'into', 'against',
  'media', 'news', 'press', 'police', 'court', 'criminal', 'false', 'similar', 'unconfirmed', 'conflicting',
  'whose', 'asylum', 'insurance', 'damage', 'compensation', 'benefit', 'benefits', 'expense', 'tax', 'legal', 'territorial',
]);

/** Words after a cue that show a noun reading or a non-speech sense ("claims of", "state of", "called for", "told to"). */
export const NOUN_AFTER = new Set(['of', 'for', 'from', 'by', 'department', 'house', 'media', 'law', 'laws', 'government', 'party', 'office', 'level', 'officials', 'were', 'was', 'is', 'are', 'have', 'has', 'had', 'over', 'against', 'about', 'and', 'or', 'made', 'filed', 'process', 'court', 'legislature', 'senator', 'senate', 'capitol', 'lines']);

/** Auxiliaries and modals: before an ambiguous form they give a verb reading ("will state", "has claimed"). */
export const AUXILIARIES = new Set([
  ...HAVE_FORMS, ...MODALS, ...DO_FORMS, 'also',
  'then', 'later', 'again', 'further', 'repeatedly', 'previously', 'publicly', 'recently', 'now', 'still', 'often',
  "didn't", "doesn't", "won't", 'never', 'once', 'first', 'earlier', 'reportedly', 'separately', 'privately', 'subsequently',
]);

/** Forms of "be": before a cue they make it passive ("was told", "were reported"), which has no source. */
export const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", 'am', 'get', 'got', 'gets']);
