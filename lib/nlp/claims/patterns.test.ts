// Every claim pattern and stage of patterns.ts tested on its own: cases (what the pattern must find, written by hand from
// reading each sentence) and controls (sentences where it must find nothing), then a test over the rule data itself.
import { describe, expect, it } from 'vitest';
import { findClaims, CLAIM_STAGE_IDS } from './index';
import { CLAIM_PATTERNS, CLAIM_STAGES, TRIGGERS } from './patterns';
import { firstWords, NO_COMMENT } from './cues';
import * as vocabulary from './vocabulary';
import type { Draft } from './draft';
import { paragraphs, sentences } from './text-units';
import { findQuotes } from './quotes';
import type { StageTrace } from '../pipeline';
import { tokenize } from '../tokenize';

/** What each pattern added (trace labels: "kind: content [source]"), with `without` switched off. */
function traced(text: string, without: string[] = []): StageTrace[] {
  const trace: StageTrace[] = [];
  findClaims(tokenize(text), [], undefined, { without: new Set(without), trace });
  return trace;
}
const addedBy = (trace: StageTrace[], id: string) => trace.find((t) => t.id === id)!.added;
const allAdded = (trace: StageTrace[]) => trace.filter((t) => CLAIM_PATTERNS.some((p) => p.id === t.id)).flatMap((t) => t.added);

/**
 * `finds`: the drafts the pattern adds (exactly). `blocks`: a draft that a later pattern adds only when this one is
 * switched off (the pattern stops the others at its trigger). Neither: a control, where the pattern adds nothing.
 */
interface Case { id: string; text: string; finds?: string[]; blocks?: string }

const PATTERN_CASES: Case[] = [
  { id: 'question-sentence', text: 'Did the minister say the talks had failed?', blocks: 'indirect: the talks had failed? [Did the minister]' },
  { id: 'question-sentence', text: 'The minister said the talks had failed.' },
  { id: 'quote-then-cue', text: '“We will win,” Trump told supporters.', finds: ['direct: We will win, [Trump]'] },
  { id: 'quote-then-cue', text: '"It is a disgrace," said Rep. Nancy Pelosi.', finds: ['direct: It is a disgrace, [Rep. Nancy Pelosi]'] },
  { id: 'quote-then-cue', text: '“We will win.” Trump left the stage and told supporters nothing.' },
  { id: 'quote-then-cue', text: '“You hear her saying, ‘I love corn,’” he said.', finds: ['direct: You hear her saying, ‘I love corn,’ [he]'] },
  { id: 'quote-then-cue', text: '"It sells books," James B. Comey Jr., the FBI director, said on Friday.', finds: ['direct: It sells books, [James B. Comey Jr., the FBI director]'] },
  { id: 'quote-then-cue', text: '“It is over.” He said it again.' },
  { id: 'quote-then-cue', text: '“They stole the country,” the man shouted.', finds: ['direct: They stole the country, [the man]'] },
  { id: 'quote-then-cue', text: 'The rally ended with a shout from the crowd.' },
  { id: 'quote-then-cue', text: '"October was good for her," said former Obama adviser David Axelrod.', finds: ['direct: October was good for her, [former Obama adviser David Axelrod]'] },
  { id: 'quote-then-cue', text: "''It is a hard thing to pull off,'' said Larry Noble.", finds: ['direct: It is a hard thing to pull off, [Larry Noble]'] },
  { id: 'quote-then-cue-sentence', text: '“Russia, find the emails.” Trump said.', finds: ['direct: Russia, find the emails. [Trump]'] },
  { id: 'quote-then-cue-sentence', text: '“We will build the wall.” Trump said on Tuesday in Iowa.', finds: ['direct: We will build the wall. [Trump]'] },
  { id: 'quote-then-cue-sentence', text: '“We will build the wall.” Trump said the wall would be beautiful.' },
  { id: 'cue-then-quote', text: 'The senator wrote on Twitter: “This is a sad day.”', finds: ['direct: This is a sad day. [The senator]'] },
  { id: 'cue-then-quote', text: 'Trump told supporters, "We will win this fight."', finds: ['direct: We will win this fight. [Trump]'] },
  { id: 'cue-then-quote', text: 'Diaz said of Mr. Rubio: "He is American 100 percent."', finds: ['direct: He is American 100 percent. [Diaz]'] },
  { id: 'cue-then-quote', text: 'Trump said. "We will win this fight."' },
  { id: 'clause-then-cue', text: 'The talks have failed, the minister said on Tuesday.', finds: ['indirect: The talks have failed [the minister]'] },
  { id: 'clause-then-cue', text: 'The minister said the talks had failed.' },
  { id: 'clause-then-cue', text: 'The talks have failed, Renteria told reporters during a conference call on Tuesday.', finds: ['indirect: The talks have failed [Renteria]'] },
  { id: 'clause-then-cue', text: 'The war is over, the general continues to insist.' },
  { id: 'parenthetical-cue', text: 'The plan, a source said, is to win.', finds: ['indirect: The plan, a source said, is to win [a source]'] },
  { id: 'parenthetical-cue', text: 'Iowa, Sexton said on Monday, hurt him.', finds: ['indirect: Iowa, Sexton said on Monday, hurt him [Sexton]'] },
  { id: 'parenthetical-cue', text: 'In 2008, Obama said he would close the prison.' },
  { id: 'parenthetical-cue', text: 'In Nevada and Florida, the two battleground states, turnout was high.' },
  { id: 'clause-then-inverted-cue', text: 'The talks have failed, said the foreign minister.', finds: ['indirect: The talks have failed [the foreign minister]'] },
  { id: 'clause-then-inverted-cue', text: 'The talks have failed, said he.' },
  { id: 'as-x-said', text: 'As the minister said on Monday, the talks will resume next week.', finds: ['indirect: the talks will resume next week [the minister]'] },
  { id: 'as-x-said', text: 'When the minister said on Monday, the talks resumed.' },
  { id: 'cue-then-clause', text: 'The minister said the talks had failed.', finds: ['indirect: the talks had failed [The minister]'] },
  { id: 'cue-then-clause', text: 'Trump claimed that the vote was "rigged".', finds: ['mixed: the vote was "rigged" [Trump]'] },
  { id: 'cue-then-clause', text: 'The minister announced the start of talks.' },
  { id: 'cue-then-clause', text: 'Clinton criticized the pipeline.', finds: ['indirect: the pipeline [Clinton]'] },
  { id: 'cue-then-clause', text: 'The campaign has denied the allegations.', finds: ['indirect: the allegations [The campaign]'] },
  { id: 'cue-then-clause', text: 'He vowed to ban the imports.', finds: ['indirect: to ban the imports [He]'] },
  { id: 'cue-then-clause', text: 'Trump went after Bush, calling him a loser.', finds: ['indirect: him a loser [Trump]'] },
  { id: 'cue-then-clause', text: 'Ward called for the impeachment of Lynch.', finds: ['indirect: the impeachment of Lynch [Ward]'] },
  { id: 'cue-then-clause', text: 'Sanders called on Gov. Rick Snyder to resign.', finds: ['indirect: Gov. Rick Snyder to resign [Sanders]'] },
  { id: 'cue-then-clause', text: 'Clinton talked about her plan.', finds: ['indirect: her plan [Clinton]'] },
  { id: 'cue-then-clause', text: 'Trump pointed out that the senator lost.', finds: ['indirect: the senator lost [Trump]'] },
  { id: 'cue-then-clause', text: 'He drew fire by saying that the judge was biased.', finds: ['indirect: the judge was biased [He]'] },
  { id: 'cue-then-clause', text: 'He called him on Sunday.' },
  { id: 'cue-then-clause', text: 'There were renewed calls for an inquiry.' },
  { id: 'cue-then-clause', text: 'Carson struggled to answer a simple question about the war.' },
  { id: 'cue-then-clause', text: 'The party came under repeated attack.' },
  { id: 'cue-then-clause', text: 'The regulation was first proposed last July.' },
  { id: 'cue-then-clause', text: 'He spoke at a rally in Iowa.' },
  { id: 'cue-then-clause', text: 'The ad drew fire without saying anything new.' },
  { id: 'cue-then-clause', text: 'Trump is insisting that he won.', finds: ['indirect: he won [Trump]'] },
  { id: 'cue-then-clause', text: 'He’s predicting that the race will tighten.', finds: ['indirect: the race will tighten [He]'] },
  { id: 'cue-then-clause', text: 'Some are quietly saying it is time.', finds: ['indirect: it is time [Some]'] },
  { id: 'cue-then-clause', text: 'The guests were saying goodbye.' },
  { id: 'cue-then-clause', text: 'Tapper asked whether Republicans would hold the House.', finds: ['indirect: whether Republicans would hold the House [Tapper]'] },
  { id: 'cue-then-clause', text: 'He asked if he could leave.', finds: ['indirect: if he could leave [He]'] },
  { id: 'cue-then-clause', text: 'He asked for a photo.' },
  { id: 'cue-then-clause', text: 'He vowed to “take our fight” to the states.', finds: ['mixed: to “take our fight” to the states [He]'] },
  { id: 'cue-then-clause', text: 'Sanders dismissed the charges by pointing out that she had changed her mind.', finds: ['indirect: she had changed her mind [Sanders]'] },
  { id: 'cue-then-clause', text: 'The region reacted by proposing new measures.' },
  { id: 'cue-then-clause', text: 'The documents state that the plan failed.', finds: ['indirect: the plan failed [The documents]'] },
  { id: 'cue-then-clause', text: 'In eight of nine states where polls were held, voters wanted change.' },
  { id: 'cue-then-clause', text: 'Iowa is a caucus state like Nevada.' },
  { id: 'cue-then-clause', text: 'In all, 60 pledged delegates were at stake.' },
  { id: 'cue-then-clause', text: 'He said, twice, that he was going back to work.', finds: ['indirect: he was going back to work [He]'] },
  { id: 'cue-then-clause', text: 'Haugland has argued for years that delegates cannot be bound.', finds: ['indirect: delegates cannot be bound [Haugland]'] },
  { id: 'cue-then-clause', text: 'She argued for a ban that would hurt the poor.' },
  { id: 'cue-then-clause', text: 'In 2016, Mrs. Schlafly endorsed Trump, saying he had courage.', finds: ['indirect: he had courage [Mrs. Schlafly]'] },
  { id: 'quote-then-cue', text: '“They know she is strong,” a voice-over in the ad states.', finds: ['direct: They know she is strong, [a voice-over in the ad]'] },
  { id: 'cue-then-clause', text: 'Officials told him to leave.' },
  { id: 'according-to', text: 'According to the police, three people were injured.', finds: ['according-to: three people were injured [the police]'] },
  { id: 'according-to', text: 'The plan failed, according to two officials.', finds: ['according-to: The plan failed [two officials]'] },
  { id: 'according-to', text: 'He called “everything according to plan” the motto.' },
  { id: 'no-comment', text: 'The ministry declined to comment.', finds: ['no-comment: declined to comment [The ministry]'] },
  { id: 'no-comment', text: 'A spokesman could not be reached for comment.', finds: ['no-comment: could not be reached for comment [A spokesman]'] },
  { id: 'no-comment', text: 'The ministry declined to raise taxes.' },
  { id: 'no-comment', text: 'A spokesman can’t be reached for comment.', finds: ['no-comment: can’t be reached for comment [A spokesman]'] },
  { id: 'no-comment', text: 'The ministry didn’t respond to a request for comment.', finds: ['no-comment: didn’t respond to a request for comment [The ministry]'] },
  { id: 'possessive-noun-cue', text: 'He rejected Trump’s claim that the vote was rigged.', finds: ['indirect: the vote was rigged [Trump]'] },
  { id: 'possessive-noun-cue', text: 'Their claim that the vote was rigged was false.', finds: ['indirect: the vote was rigged was false [Their]'] },
  { id: 'possessive-noun-cue', text: 'Officials rejected his claim that the vote was rigged.', finds: ['indirect: the vote was rigged [his]'] },
  { id: 'possessive-noun-cue', text: 'Trump’s assertion that the vote was rigged was false.', finds: ['indirect: the vote was rigged was false [Trump]'] },
  { id: 'possessive-noun-cue', text: 'He rejected the claim that the vote was rigged.' },
  { id: 'rest-of-mixed-quote', text: 'Trump said the vote was "a disgrace. We will fight it in every court."', finds: ['direct: We will fight it in every court. [Trump]'] },
  { id: 'rest-of-mixed-quote', text: 'Trump said the vote was "a total and utter disgrace."' },
  { id: 'quoted-title', text: 'The minister said the talks failed. Her essay "how we lost the talks in Geneva" sold well.', blocks: 'direct: how we lost the talks in Geneva [The minister]' },
  { id: 'quoted-title', text: 'The minister said the talks failed. “We lost the talks in Geneva.”' },
  { id: 'quote-byline', text: '“We will never give up on this city.” – Mayor Jane Smith', finds: ['direct: We will never give up on this city. [Mayor Jane Smith]'] },
  { id: 'quote-byline', text: '“We will never give up on this city.” The mayor left.' },
  { id: 'quote-runs-on', text: 'The minister said: “The talks failed after long nights.\n\n“We will try again next year.” The crowd cheered.', finds: ['direct: We will try again next year. [The minister]'] },
  { id: 'quote-runs-on', text: 'The minister said: “The talks failed after long nights.”\n\n“We will try again next year.” The crowd cheered.' },
  { id: 'quote-same-paragraph', text: '“We need a wall,” he said. “And Mexico will pay for it.”', finds: ['direct: And Mexico will pay for it. [he]'] },
  { id: 'quote-same-paragraph', text: 'According to the police, three people died. "We will find who did this and bring them in."' },
  { id: 'floating-quote', text: 'The minister said the talks failed.\n\n“We will try again next year.”', finds: ['direct: We will try again next year. [The minister]'] },
  { id: 'floating-quote', text: 'The minister said the talks failed.\n\nOther news followed.\n\n“We will try again next year.”' },
];

/**
 * Known bugs, kept visible: `it.fails` turns red when one is fixed (then move the case into PATTERN_CASES). The output
 * of this restructuring had to stay identical, so they are left for the accuracy work.
 */
const KNOWN_BUGS: Case[] = [];

describe('claim patterns, each on its own', () => {
  for (const c of KNOWN_BUGS) it.fails(`known bug: ${c.id}: ${c.text}`, () => expect(addedBy(traced(c.text), c.id)).toEqual(c.finds));

  it.each(PATTERN_CASES.map((c) => [c.id, c.blocks ? 'blocks' : c.finds ? 'finds' : 'control', c.text, c] as const))('%s %s: %s', (id, _what, text, c) => {
    const trace = traced(text);
    if (c.blocks) {
      expect(allAdded(trace)).not.toContain(c.blocks);
      expect(allAdded(traced(text, [id]))).toContain(c.blocks);
    } else {
      expect(addedBy(trace, id)).toEqual(c.finds ?? []);
    }
  });
});

/** A document as the stages read it, and a draft whose source is the first occurrence of `source` in it. */
function draftIn(text: string, source: string): { t: Parameters<(typeof CLAIM_STAGES)[number]['run']>[0]; d: Draft } {
  const paras = paragraphs(text);
  const quotes = findQuotes(text, paras);
  const start = text.indexOf(source);
  const cue = text.indexOf(' said');
  return {
    t: { text, paras, sents: sentences(text, paras), quotes, real: quotes.filter((q) => !q.scare) },
    d: { kind: 'indirect', cue: { start: cue + 1, end: cue + 5 }, content: { start: cue + 6, end: text.length - 1 }, source: { start, end: start + source.length } },
  };
}
const sourceText = (text: string, d: Draft) => text.slice(d.source!.start, d.source!.end);

interface StageCase { id: string; text: string; source: string; expected: string | null }
const STAGE_CASES: StageCase[] = [
  { id: 'pronoun-ends-subject', text: 'With tears in her eyes she said it was over.', source: 'tears in her eyes she', expected: 'she' },
  { id: 'pronoun-ends-subject', text: 'Smith and she said it was over.', source: 'Smith and she', expected: 'Smith and she' },
  { id: 'pronoun-ends-subject', text: 'The minister, she said it was over.', source: 'The minister, she', expected: 'The minister, she' },
  { id: 'implausible-source', text: 'I said it was over.', source: 'I', expected: null },
  { id: 'implausible-source', text: 'You’ll said it was over.', source: 'You’ll', expected: null },
  { id: 'implausible-source', text: 'The head of said it was over.', source: 'The head of', expected: null },
  { id: 'implausible-source', text: 'The minister said it was over.', source: 'The minister', expected: 'The minister' },
  { id: 'implausible-source', text: 'Friends who have seen him on the trail say it was over.', source: 'seen him on the trail', expected: null },
  { id: 'implausible-source', text: 'Unnamed officials said it was over.', source: 'Unnamed officials', expected: 'Unnamed officials' },
  { id: 'implausible-source', text: 'Eskelsen García said it was over.', source: 'Eskelsen García', expected: 'Eskelsen García' },
  { id: 'implausible-source', text: 'Ebeling said it was over.', source: 'Ebeling', expected: 'Ebeling' },
  { id: 'implausible-source', text: 'Speaking to reporters said it was over.', source: 'Speaking to reporters', expected: null },
  { id: 'implausible-source', text: 'Looking back said it was over.', source: 'Looking back', expected: null },
  { id: 'implausible-source', text: 'Fallon, August 2, 2016 said it was over.', source: '2016', expected: null },
];

describe('claim stages, each on its own (null: the draft is dropped)', () => {
  it.each(STAGE_CASES.map((c) => [c.id, c.text, c] as const))('%s: %s', (id, text, c) => {
    const { t, d } = draftIn(text, c.source);
    const out = CLAIM_STAGES.find((s) => s.id === id)!.run(t, [d]);
    expect(out.length ? sourceText(text, out[0]) : null).toBe(c.expected);
  });
});

describe('switching patterns off and tracing them', () => {
  it('a pattern switched off is traced as skipped, and the next by priority takes its trigger', () => {
    const text = '“We will win,” Trump told supporters.';
    const trace = traced(text, ['quote-then-cue']);
    expect(trace.find((t) => t.id === 'quote-then-cue')).toMatchObject({ skipped: true, added: [] });
    // "told supporters." has no clause and no quotation after it: no other pattern finds a claim at this cue
    expect(allAdded(trace)).toEqual([]);
    const claims = findClaims(tokenize(text), [], undefined, { without: new Set(['quote-then-cue']) });
    expect(claims).toEqual([]);
  });

  it('a stage switched off keeps what it would have dropped; `claims:<id>` names it too', () => {
    const text = 'I said the talks had failed.';
    expect(findClaims(tokenize(text), [])).toEqual([]);
    const kept = findClaims(tokenize(text), [], undefined, { without: new Set(['claims:implausible-source']) });
    expect(kept.map((c) => [c.kind, c.source?.text, c.text])).toEqual([['indirect', 'I', 'the talks had failed']]);
  });

  it('the trace lists every pattern, then every stage, in the order they run', () => {
    const trace = traced('The minister said the talks had failed.');
    expect(trace.map((t) => t.id)).toEqual(CLAIM_STAGE_IDS);
    expect(trace.every((t) => t.pipeline === 'claims')).toBe(true);
  });

  it('with nothing switched off, the output is the same with and without a trace', () => {
    const text = '“We need a wall,” he said. “And Mexico will pay for it.” The ministry declined to comment.';
    expect(findClaims(tokenize(text), [], undefined, { trace: [] })).toEqual(findClaims(tokenize(text), []));
  });
});

describe('the rule data', () => {
  const ids = CLAIM_STAGE_IDS;
  it('ids are unique and kebab-case; CLAIM_STAGE_IDS holds every pattern and stage', () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    expect(ids).toEqual([...CLAIM_PATTERNS.map((p) => p.id), ...CLAIM_STAGES.map((s) => s.id)]);
  });

  it('every pattern and stage has a reason of one sentence', () => {
    for (const r of [...CLAIM_PATTERNS, ...CLAIM_STAGES]) {
      expect(r.reason, r.id).toMatch(/^\S.{20,}[.)"”]$/);
      expect(r.reason.replace(/\b(?:Rep|Sen|Mr|Dr)\./g, '').replace(/"[^"]*"|“[^”]*”|\([^)]*\)/g, '').split(/[.!?]\s+\p{Lu}/u), r.id).toHaveLength(1);
    }
  });

  it('every pattern has at least one case and one control or block, every stage a case', () => {
    for (const p of CLAIM_PATTERNS) {
      const cases = PATTERN_CASES.filter((c) => c.id === p.id);
      expect(cases.some((c) => c.finds || c.blocks), p.id).toBe(true);
      expect(cases.some((c) => !c.finds && !c.blocks) || cases.some((c) => c.blocks), p.id).toBe(true);
    }
    for (const s of CLAIM_STAGES) expect(STAGE_CASES.some((c) => c.id === s.id), s.id).toBe(true);
  });

  it('the list reads in the order patterns run: by trigger, then by priority, each priority once per trigger', () => {
    const order = CLAIM_PATTERNS.map((p) => [TRIGGERS.indexOf(p.trigger), p.priority]);
    const sorted = [...order].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(order).toEqual(sorted);
    expect(new Set(order.map((o) => o.join(':'))).size).toBe(order.length);
  });

  it('each closed-class list of vocabulary.ts holds each word once, and oneOf matches whole words only', () => {
    for (const [name, list] of Object.entries(vocabulary)) {
      if (Array.isArray(list)) expect(new Set(list).size, name).toBe(list.length);
    }
    expect(vocabulary.SUBJECT_PRONOUN.test('They')).toBe(true);
    expect(vocabulary.SUBJECT_PRONOUN.test('these')).toBe(false);
    expect(vocabulary.oneOf(['can', 'will']).test('cannot')).toBe(false);
  });

  it('the first words of the refusals are computed from NO_COMMENT', () => {
    expect(firstWords('(?:declined|refused)\\s+to\\s+comment')).toEqual(['declined', 'refused']);
    expect(firstWords('had\\s+no\\s+comment')).toEqual(['had']);
    expect(() => firstWords('(?:de(?:clined))')).toThrow(/plain group/);
    for (const n of NO_COMMENT) expect(firstWords(n.pattern).length).toBeGreaterThan(0);
  });
});
