// Which gold attributions count as speech or writing acts in the PolNeAR claims row (issue 13: "score recall over
// attributions whose cue is a speech or writing act"). PolNeAR also annotates beliefs, intentions and evidence ("polls
// show", "he thinks", "she wants"); Dramatis only promises claims someone said or wrote, so those are left out of recall
// (they still count as correct when Dramatis finds them: precision is by cue overlap with any attribution).
//
// The list is verbs (and a few nouns) whose main sense is communicating, in the spirit of Levin's verbs of
// communication (classes 37.x) and the reporting verbs of PARC: a cue counts when one of its words is a form of one of
// these. Words whose main sense is thinking or evidence (think, believe, show, find, suggest, see, want) are not here;
// neither is punctuation (a colon introducing a quote), which the annotators marked as a cue in 196 places. Chosen from
// the meaning of the words, not from what Dramatis finds.

interface SpeechLemma { lemma: string; forms?: string[]; reason: string }

export const SPEECH_LEMMAS: readonly SpeechLemma[] = [
  { lemma: 'say', forms: ['said'], reason: 'the reporting verb' },
  { lemma: 'tell', forms: ['told'], reason: 'speech to someone' },
  { lemma: 'according', reason: '"according to": the attribution phrase of news' },
  { lemma: 'write', forms: ['wrote', 'written'], reason: 'writing' },
  { lemma: 'add', reason: 'a continuation of speech ("he added")' },
  { lemma: 'ask', reason: 'a question put by the source' },
  { lemma: 'call', reason: 'call X Y / call for / call on: naming and demanding in words' },
  { lemma: 'note', reason: 'a remark' },
  { lemma: 'report', reason: 'a report in words (by a person or a publication)' },
  { lemma: 'announce', reason: 'an announcement' },
  { lemma: 'argue', reason: 'an argument made in words' },
  { lemma: 'describe', reason: 'a description in words' },
  { lemma: 'tweet', reason: 'a post' },
  { lemma: 'post', reason: 'a post' },
  { lemma: 'declare', reason: 'a declaration' },
  { lemma: 'acknowledge', reason: 'an admission in words' },
  { lemma: 'admit', forms: ['admitted', 'admitting'], reason: 'an admission in words' },
  { lemma: 'criticize', forms: ['criticise', 'criticised', 'criticises', 'criticising'], reason: 'criticism in words' },
  { lemma: 'explain', reason: 'an explanation' },
  { lemma: 'accuse', reason: 'an accusation' },
  { lemma: 'deny', forms: ['denied', 'denies'], reason: 'a denial' },
  { lemma: 'claim', reason: 'a claim' },
  { lemma: 'state', reason: 'a statement (the verb; the noun "state" is not a cue in this corpus)' },
  { lemma: 'urge', reason: 'urging in words' },
  { lemma: 'recall', reason: 'a recollection told' },
  { lemma: 'respond', reason: 'a response' },
  { lemma: 'reply', forms: ['replied', 'replies'], reason: 'a reply' },
  { lemma: 'insist', reason: 'an insistence' },
  { lemma: 'warn', reason: 'a warning' },
  { lemma: 'promise', reason: 'a promise' },
  { lemma: 'vow', reason: 'a vow' },
  { lemma: 'pledge', reason: 'a pledge' },
  { lemma: 'predict', reason: 'a prediction made in words' },
  { lemma: 'reveal', reason: 'a disclosure' },
  { lemma: 'question', reason: 'questioning in words' },
  { lemma: 'praise', reason: 'praise in words' },
  { lemma: 'denounce', reason: 'a denunciation' },
  { lemma: 'condemn', reason: 'a condemnation' },
  { lemma: 'concede', reason: 'a concession' },
  { lemma: 'complain', reason: 'a complaint' },
  { lemma: 'confirm', reason: 'a confirmation' },
  { lemma: 'mention', reason: 'a mention' },
  { lemma: 'remark', reason: 'a remark' },
  { lemma: 'testify', forms: ['testified', 'testifies'], reason: 'testimony' },
  { lemma: 'comment', reason: 'a comment (also "declined to comment")' },
  { lemma: 'decline', reason: '"declined to comment / to say": a refusal to speak, annotated as attribution' },
  { lemma: 'assert', reason: 'an assertion' },
  { lemma: 'contend', reason: 'a contention' },
  { lemma: 'maintain', reason: 'maintaining a position in words' },
  { lemma: 'stress', reason: 'an emphasis in words' },
  { lemma: 'emphasize', forms: ['emphasise', 'emphasised', 'emphasises', 'emphasising'], reason: 'an emphasis in words' },
  { lemma: 'point', reason: '"pointed out", "pointed to"' },
  { lemma: 'quip', forms: ['quipped', 'quipping'], reason: 'a quip' },
  { lemma: 'joke', reason: 'a joke' },
  { lemma: 'boast', reason: 'a boast' },
  { lemma: 'charge', reason: 'a charge made in words ("critics charge")' },
  { lemma: 'blast', reason: 'harsh criticism in words' },
  { lemma: 'slam', forms: ['slammed', 'slamming'], reason: 'harsh criticism in words' },
  { lemma: 'speak', forms: ['spoke', 'spoken'], reason: 'speech' },
  { lemma: 'talk', reason: 'speech' },
  { lemma: 'repeat', reason: 'speech repeated' },
  { lemma: 'retort', reason: 'a retort' },
  { lemma: 'shout', reason: 'speech' },
  { lemma: 'cite', reason: 'citing in words' },
  { lemma: 'suggest', reason: 'NOT a speech act on its own (polls suggest): listed only so the exclusion is explicit' },
  { lemma: 'demand', reason: 'a demand' },
  { lemma: 'propose', reason: 'a proposal' },
  { lemma: 'interview', reason: '"in an interview": the speech event as a noun' },
  { lemma: 'statement', reason: '"in a statement": the speech event as a noun' },
  { lemma: 'remarks', reason: '"in remarks": the speech event as a noun' },
];

const NOT_SPEECH = new Set(['suggest']);

function formsOf(l: SpeechLemma): string[] {
  const w = l.lemma;
  const stem = w.endsWith('e') ? w.slice(0, -1) : w;
  return [w, `${w}s`, `${w}es`, `${stem}ed`, `${stem}ing`, ...(l.forms ?? [])];
}

const FORMS = new Set(SPEECH_LEMMAS.filter((l) => !NOT_SPEECH.has(l.lemma)).flatMap(formsOf));

/** True when one of the cue's words is a form of a speech or writing lemma. */
export function isSpeechCue(cueText: string): boolean {
  return (cueText.toLowerCase().match(/[a-z]+/g) ?? []).some((w) => FORMS.has(w));
}
