/**
 * Closed-class words the claim patterns share, each list kept once: the sets and regular expressions of cue-hits.ts,
 * clause.ts, source-phrase.ts, patterns.ts, profile.ts and index.ts are built from these. (Open lists with a reason for
 * each entry, such as the cue verbs, the refusals and the anonymous heads, live in cues.ts and anonymity.ts.)
 */

/** Finite forms of "be": with a past participle after them a cue is passive ("was told") and has no source. */
export const BE_FINITE = ['is', 'are', 'was', 'were'];
export const HAVE_FORMS = ['has', 'have', 'had'];
export const DO_FORMS = ['did', 'does', 'do'];
/** Modal verbs: before a cue they make speech hypothetical ("would say"); in a subject they end it. */
export const MODALS = ['will', 'would', 'can', 'could', 'may', 'might', 'should', 'must'];
/** Auxiliaries and modals together: the finite verb words a noun phrase never holds. */
export const AUXILIARY_VERBS = [...BE_FINITE, ...HAVE_FORMS, ...MODALS, ...DO_FORMS];

/** Subject pronouns that can be a whole source phrase ("he said"). */
export const SUBJECT_PRONOUNS = ['he', 'she', 'it', 'they', 'we', 'i'];
/** Possessive determiners that can be a source ("his claim that ..."), each with the subject pronoun it resolves like. */
export const POSSESSIVE_PRONOUNS: ReadonlyMap<string, string> = new Map([['his', 'he'], ['her', 'she'], ['its', 'it'], ['their', 'they']]);

/** Names of days: a time phrase ("on Tuesday"), never part of a source. */
/**
 * Irregular past-tense forms common in news ("knew", "made", "took"): a finite verb that "-ed" does not show. Only forms
 * that are not also common nouns or adjectives ("left", "led", "set", "found" are: "the left", "lead", "a set").
 */
export const IRREGULAR_PAST_FORMS = [
  'knew', 'made', 'took', 'gave', 'got', 'went', 'came', 'saw', 'thought', 'told', 'said', 'began', 'became', 'brought',
  'bought', 'caught', 'chose', 'drew', 'drove', 'fell', 'felt', 'fled', 'fought', 'forgot', 'froze', 'grew', 'heard',
  'held', 'hid', 'kept', 'lost', 'meant', 'met', 'paid', 'ran', 'rose', 'sank', 'sat', 'sent', 'shot', 'sold', 'sought',
  'spent', 'spoke', 'stole', 'stood', 'struck', 'swore', 'taught', 'threw', 'understood', 'won', 'wore', 'wrote', 'built',
  'sued', 'used', 'owed',
];
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Whether a whole word is one of `words` (case-insensitive): `^(?:a|b|c)$`. */
export function oneOf(words: readonly string[]): RegExp {
  return new RegExp(`^(?:${words.join('|')})$`, 'i');
}

/** A subject pronoun alone ("He", "they"). */
export const SUBJECT_PRONOUN = oneOf(SUBJECT_PRONOUNS);
