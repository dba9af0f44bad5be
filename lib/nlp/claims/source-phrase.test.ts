// The subject look back (MAX_SUBJECT_LOOKBACK_CHARS): a case where the bound acts and a control where it does not.
import { describe, expect, it } from 'vitest';
import { subjectBefore } from './source-phrase';
import { MAX_SUBJECT_LOOKBACK_CHARS } from '../limits';

/** The subject before " said" in `text`, as text. */
function subject(text: string): string {
  const r = subjectBefore(text, 0, text.indexOf(' said') + 1);
  return r.kind === 'span' ? text.slice(r.span.start, r.span.end) : r.kind;
}
const sentence = (n: number) => `The minister, Jane Smith, after she walked ${'along the long road '.repeat(n)}at night, said the plan would work.`;

describe('subject look back (MAX_SUBJECT_LOOKBACK_CHARS)', () => {
  it('control: the subject before a parenthetical within reach is found', () => {
    expect(sentence(3).indexOf(' said')).toBeLessThan(MAX_SUBJECT_LOOKBACK_CHARS);
    expect(subject(sentence(3))).toBe('The minister, Jane Smith');
  });
  it('case: before a parenthetical longer than the look back, no subject is guessed (not a piece of the parenthetical)', () => {
    expect(sentence(30).indexOf(' said')).toBeGreaterThan(MAX_SUBJECT_LOOKBACK_CHARS + 100);
    expect(subject(sentence(30))).toBe('none');
  });
  it('control: a long sentence whose subject sits right before the cue is unaffected', () => {
    const text = `They walked ${'along the long road '.repeat(30)}to where Jane Smith said the plan would work.`;
    expect(text.indexOf(' said')).toBeGreaterThan(MAX_SUBJECT_LOOKBACK_CHARS + 100);
    expect(subject(text)).toBe('Jane Smith');
  });
});
