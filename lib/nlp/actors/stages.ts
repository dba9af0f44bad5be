// What runs to find a document's actors, in the order it runs, and why. Each stage takes the document's context and
// the name mentions so far and returns the mentions to use next (lib/nlp/pipeline.ts); any stage can be switched off
// by its id (`analyze(text, { without: ['sports-clubs'] })`, `npm run bench -- ner --without sports-clubs`) and traced
// (`analyze(text, { trace: true })`, `npm run analyze -- --trace`).
//
//   1. tagging        the model tags each sentence; each tagged span is cleaned by the rules in clean-rules.ts
//   2. name shapes    rules on a name's own words and its neighbours (first names, particles, company forms...)
//   3. consistency    a name typed in one place is the same name elsewhere; then the context rules that retype or drop
//   4. corrections    the user's "not an actor" and forced types
//   5. linking        which mentions name one actor
//   6. actors         groups become actors; then roles, demonym modifiers, pronoun references, renames
import type { Stage } from '../pipeline';
import type { ActorContext } from './context';
import {
  acronymExpansions, addGazetteerPlaces, andPlaces, datelines, demonymOrganizations, firstNamePersons, firstNameSurnames,
  generalCompanies, joinOfNames, joinParticles, ministryNames, nestedCountries, nounCues, personShapes, placeOrganizations,
  spreadMentions, tagMentions, type Mention,
} from './mentions';
import { dropMiscMentions } from './misc-context';
import { locativePlaces, ofPersons } from './place-person-contexts';
import { acronymOrganizations, companyStatements, memberGroups, sportsClubs } from './organization-contexts';
import { sportsTables, townClubs } from './sports-tables';
import { stockMoves } from './stock-moves';
import { knownCompanies } from './known-companies';
import { knownClubs } from './known-clubs';
import { cricketCounties } from './cricket-counties';
import { GOVERNMENT_BUILDINGS } from './lexicon';
import { MAX_NAME_TOKENS } from '../limits';
import { bracketedAcronyms, headWords, organizationShortNames, personShortNames, sameName, startLinking } from './link';
import { buildActors, demonymModifiers, pronounReferences, roles } from './build';
import { forcedTypes, merges, notActor, renames } from './user-corrections';

export type ActorStage = Stage<ActorContext, Mention>;

/** A stage that edits the mentions in place (its return value, if any, is not the mentions). */
const inPlace = (f: (ctx: ActorContext, mentions: Mention[]) => unknown) => (ctx: ActorContext, mentions: Mention[]) => {
  f(ctx, mentions);
  return mentions;
};

export const ACTOR_STAGES: readonly ActorStage[] = [
  // ---- 1. tagging
  {
    id: 'tag',
    reason: 'The model (a linear-chain tagger over word features, decoded with Viterbi) finds and types the names of each sentence; a capitalized word never seen in lower case inside a sentence is forced into a name.',
    run: (ctx) => tagMentions(ctx.doc, ctx.tagger, ctx.budget, ctx.control, ctx.cleanTrace),
  },

  // ---- 2. name shapes: a name's own words and its neighbours
  {
    id: 'first-name-surnames',
    reason: 'A first name alone followed by a capitalized word in no mention is cut short: "Chuck" + "Close" (an ordinary word elsewhere) is "Chuck Close".',
    run: inPlace((ctx, mentions) => firstNameSurnames(mentions, ctx.words, ctx.bloom, ctx.lowerInDoc)),
  },
  {
    id: 'person-shapes',
    reason: 'A two- or three-word name shaped like a person\'s ("James Baker", "O.J. Simpson") is a person although the tagger read its context ("the Tom Cruise video") as an organization or place.',
    run: inPlace((ctx, mentions) => personShapes(mentions, ctx.words, ctx.bloom, ctx.lowerInDoc)),
  },
  {
    id: 'first-name-persons',
    reason: 'A known first name then a capitalized surname the tagger left out entirely is a person ("Jean-Marie Le Pen": the surname is an ordinary word); a mention cut after a particle gets its surname back.',
    run: inPlace((ctx, mentions) => firstNamePersons(ctx.doc, mentions, ctx.words, ctx.bloom, ctx.lowerInDoc)),
  },
  {
    id: 'noun-cues',
    reason: 'A noun right before a name says what it is ("the band Gigi", "striker Juninho", "the daily El Watan"); the cue outvotes other mentions.',
    run: inPlace((ctx, mentions) => nounCues(mentions, ctx.words, ctx.bloom, ctx.lowerInDoc)),
  },
  {
    id: 'join-particles',
    reason: 'A person\'s name continues over a lower-case particle ("Diego Silang y Andaya", "Mohammed Saeed al-Sahaf") and does not end on a middle initial.',
    run: inPlace((ctx, mentions) => joinParticles(mentions, ctx.words)),
  },
  {
    id: 'place-organizations',
    reason: 'A place before an organization\'s words is part of its name ("Toronto Star", "HSBC Holdings", "Kurdistan Workers\' Party").',
    run: inPlace((ctx, mentions) => placeOrganizations(ctx.doc, mentions, ctx.words, ctx.bloom)),
  },
  {
    id: 'ministry-names',
    reason: 'A ministry word before a ministry head is one organization ("The Interior Ministry said"); the model saw "Ministry of X" but few "X Ministry".',
    run: inPlace((ctx, mentions) => ministryNames(ctx.doc, mentions, ctx.words)),
  },
  {
    id: 'general-companies',
    reason: '"General" before a capitalized ordinary word is a company ("General Motors", "General Electric"), not the military title before a surname.',
    run: inPlace((ctx, mentions) => generalCompanies(ctx.doc, mentions, ctx.words, ctx.bloom, ctx.lowerInDoc)),
  },
  {
    id: 'gazetteer-places',
    reason: 'Countries, capitals, regions and large cities the tagger missed are places (from the kb gazetteer).',
    run: inPlace((ctx, mentions) => addGazetteerPlaces(ctx.doc, mentions, ctx.words, ctx.gazetteer())),
  },
  {
    id: 'datelines',
    reason: 'The capitals starting a wire story\'s line ("LONDON 1996-08-30", "MUNICH (Reuters) -") are one place; a desk slug ("SOCCER - ...") is not a name.',
    run: inPlace((ctx, mentions) => datelines(ctx.doc, mentions, ctx.words, ctx.bloom)),
  },
  {
    id: 'and-places',
    reason: 'Places with "and" in their name are one place ("Trinidad and Tobago", "Bosnia and Herzegovina"); the tagger splits them at "and".',
    run: inPlace((ctx, mentions) => andPlaces(ctx.doc, mentions, ctx.words, ctx.bloom)),
  },
  {
    id: 'demonym-organizations',
    reason: 'A demonym heading an institution\'s name is one organization ("Indonesian Navy", "Iranian Foreign Ministry").',
    run: (ctx, mentions) => demonymOrganizations(ctx.doc, mentions, ctx.words, ctx.gazetteer()),
  },
  {
    id: 'join-of-names',
    reason: 'Institutions named "X of Y" are one name ("Bank of England", "University of Texas") where the tagger split them at "of".',
    run: (ctx, mentions) => joinOfNames(ctx.doc, mentions, ctx.words, ctx.bloom, ctx.lowerInDoc),
  },
  {
    id: 'acronym-expansions',
    reason: 'A name followed by its acronym in brackets is exactly as long as the acronym\'s letters say ("Liberation Tigers of Tamil Eelam (LTTE)").',
    run: (ctx, mentions) => acronymExpansions(ctx.doc, mentions, ctx.words),
  },
  {
    id: 'drop-overlong-names',
    reason: `Runs of more than ${MAX_NAME_TOKENS} words are not names (a hostile "Bank of Bank of ..."); linking indexes every tail of a name, so they would cost n * n.`,
    run: (_ctx, mentions) => mentions.filter((m) => m.e - m.s <= MAX_NAME_TOKENS),
  },

  // ---- 3. document consistency, then the context rules
  {
    id: 'spread-mentions',
    reason: 'A name found in one place is the same name where the tagger missed it, with the type most of its mentions have (a surname alone takes its full name\'s type).',
    run: (ctx, mentions) => spreadMentions(ctx.doc, mentions),
  },
  {
    id: 'drop-misc',
    reason: 'Titles of works, events, prizes, laws, languages and modifiers are not actors ("the album Pentagram", "World Cup", "the DAX index").',
    run: (ctx, mentions) => dropMiscMentions(ctx.doc, mentions, ctx.bloom, ctx.lowerInDoc),
  },
  {
    id: 'locative-places',
    reason: 'A name after "in", "near", "the state of" is a place; the tagger types unknown one-word places as persons from their shape.',
    run: inPlace((ctx, mentions) => locativePlaces(ctx.words, mentions, ctx.bloom)),
  },
  {
    id: 'of-persons',
    reason: 'After nouns that take people ("the resignation of Milosevic", "the widow of Rabin") a one-word name that is not a known place is a person; the tagger reads it as a place.',
    run: inPlace((ctx, mentions) => ofPersons(ctx.words, mentions, ctx.bloom)),
  },
  {
    id: 'sports-clubs',
    reason: 'Clubs named after their town are organizations in results and match reports ("Bayern Munich beat Hansa Rostock 2-1").',
    run: inPlace((ctx, mentions) => sportsClubs(ctx.doc, mentions, ctx.words, ctx.bloom)),
  },
  {
    id: 'sports-tables',
    reason: 'In sports copy the names heading standings, results and fixture rows are teams ("Werder Bremen 3 0 1 2 4 6 1", "BALTIMORE 5 California 4"), and so are their other mentions; countries stay places.',
    run: inPlace((ctx, mentions) => sportsTables(ctx.doc, mentions, ctx.words, ctx.bloom, ctx.lowerInDoc)),
  },
  {
    id: 'town-clubs',
    reason: 'In sports copy a "person" whose name ends in a town without starting with a first name ("Werder Bremen", "Hansa Rostock"), or starts with "St" ("St Pauli"), is a club.',
    run: inPlace((ctx, mentions) => townClubs(ctx.doc, mentions, ctx.words, ctx.bloom, ctx.lowerInDoc)),
  },
  {
    id: 'known-clubs',
    reason: 'In sports copy a name in the club list ("Juventus", "Fenerbahce", "Werder Bremen") is an organization where the tagger typed it a person or a place, when one of its mentions stands in a sentence about sport.',
    run: inPlace((ctx, mentions) => knownClubs(ctx.doc, mentions, ctx.words, ctx.bloom, ctx.lowerInDoc)),
  },
  {
    id: 'cricket-counties',
    reason: 'In cricket copy a first-class county ("Surrey", "Yorkshire", "Glamorgan") is its team, an organization, except after "in", "at", "from".',
    run: inPlace((ctx, mentions) => cricketCounties(ctx.doc, mentions, ctx.words, ctx.lowerInDoc)),
  },
  {
    id: 'acronym-organizations',
    reason: 'International bodies written as acronyms ("UN", "NATO", "IAEA") are organizations, never places or persons.',
    run: inPlace((ctx, mentions) => acronymOrganizations(mentions, ctx.words)),
  },
  {
    id: 'member-groups',
    reason: 'A name before its members, staff or company parts ("Hamas militants", "Harrods shares", "spokesman for Oxfam") is an organization: people have no units or spokesmen.',
    run: inPlace((ctx, mentions) => memberGroups(mentions, ctx.words)),
  },
  {
    id: 'company-statements',
    reason: 'A one-word name that reports profits, sales or earnings is a company ("Renault said first-half net profit fell"), unless it is a person\'s surname elsewhere.',
    run: inPlace((ctx, mentions) => companyStatements(ctx.doc, mentions, ctx.words)),
  },
  {
    id: 'known-companies',
    reason: 'A one-word name in the company list ("Gazprom", "Peugeot", "Adidas") is an organization where the tagger typed it a person or a place, unless it is a first name, a known place, or the surname of someone named in full.',
    run: inPlace((ctx, mentions) => knownCompanies(mentions, ctx.words, ctx.bloom, ctx.lowerInDoc)),
  },
  {
    id: 'stock-moves',
    reason: 'In a sentence about prices a name whose price moves or closes at a figure is a company ("Gazprom fell to $0.30", "Stork ended at 51.00 guilders"), unless it is a known place (a market: "Tokyo fell 2 pct").',
    run: inPlace((ctx, mentions) => stockMoves(ctx.doc, mentions, ctx.words, ctx.bloom, ctx.lowerInDoc)),
  },
  {
    id: 'government-buildings',
    reason: 'Buildings standing for a government are places ("the White House said", "the Kremlin").',
    run: inPlace((ctx, mentions) => {
      for (const m of mentions) if (!m.chars && GOVERNMENT_BUILDINGS.has(ctx.words.slice(m.s, m.e).join(' ').toLowerCase())) m.type = 'place';
    }),
  },
  {
    id: 'nested-countries',
    reason: 'A country inside a name is also a mention of the country ("US" in "US State Department", "Iran" in "Iran-backed").',
    run: (ctx, mentions) => nestedCountries(ctx.doc, mentions, ctx.bloom),
  },

  // ---- 4. the user's corrections
  { id: 'not-actor', reason: 'Names the user marked "not an actor" are dropped.', run: notActor },
  { id: 'forced-types', reason: 'Names the user retyped take that type.', run: forcedTypes },
  {
    id: 'keep-to-tagged-text',
    reason: 'When the time budget ran out while tagging, the rules above still found names in the untagged rest; keep to the text tagged.',
    run: (ctx, mentions) => {
      const stoppedAt = ctx.budget.stoppedAt;
      ctx.reach = stoppedAt === Infinity ? ctx.words.length : firstTokenFrom(ctx, stoppedAt);
      return ctx.reach < ctx.words.length ? mentions.filter((m) => m.s < ctx.reach) : mentions;
    },
  },

  // ---- 5. linking: which mentions are one actor
  { id: 'start-linking', reason: 'Every mention starts as its own actor.', run: startLinking },
  { id: 'same-name', reason: 'The same name of the same type is one actor; a country is one actor under all its names, and a capital stands for its government where it is not a location.', run: sameName },
  { id: 'person-short-names', reason: 'A surname or first name alone is the nearest fuller name it is part of ("Pompeo" -> "Mike Pompeo").', run: personShortNames },
  { id: 'organization-short-names', reason: 'An acronym ("IAEA") or a shorter tail ("State Department") is the organization it abbreviates.', run: organizationShortNames },
  { id: 'head-words', reason: 'A head word alone ("the Church", "the Court") is the nearest preceding organization named with it.', run: headWords },
  { id: 'bracketed-acronyms', reason: 'An acronym in brackets right after a name is that name ("International Atomic Energy Agency (IAEA)").', run: bracketedAcronyms },
  { id: 'merges', reason: 'Names the user merged are one actor.', run: merges },

  // ---- 6. actors and what is known about them
  { id: 'build-actors', reason: 'Each group of linked mentions becomes one actor, named and typed by its mentions.', run: buildActors },
  { id: 'roles', reason: 'Titles before a person\'s name are the person\'s role ("Secretary of State Mike Pompeo").', run: roles },
  { id: 'demonym-modifiers', reason: 'A demonym outside names ("Iraqi officials") is a mention of its country as a modifier.', run: demonymModifiers },
  { id: 'pronoun-references', reason: 'he/she/his/her refer to the only person named just before them.', run: pronounReferences },
  { id: 'renames', reason: 'Actors the user renamed or merged carry the name the user chose.', run: renames },
];

/** Stages that cannot be switched off: without them there are no mentions or no actors to return. */
export const REQUIRED_ACTOR_STAGES: ReadonlySet<string> = new Set(['tag', 'start-linking', 'build-actors']);

/** Index of the first token that starts at or after text offset `pos` (binary search). */
function firstTokenFrom(ctx: ActorContext, pos: number): number {
  const tokens = ctx.doc.tokens;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start >= pos) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
