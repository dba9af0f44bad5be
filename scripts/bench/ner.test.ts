import { describe, expect, it } from 'vitest';
import { namesOnlySpan } from './ner';

// Hand-checked: the names-only reading of a dev-gold mention (a secondary recall figure in `npm run bench -- ner`).
const CASES: { text: string; type: string; expected: string }[] = [
  { text: 'US President Barack Obama', type: 'person', expected: 'Barack Obama' },
  { text: 'Prime Minister Boris Johnson', type: 'person', expected: 'Boris Johnson' },
  { text: 'Lee Cheuk-yan of the Labour Party', type: 'person', expected: 'Lee Cheuk-yan' },
  { text: 'Mike Pompeo', type: 'person', expected: 'Mike Pompeo' },
  // one word always stays
  { text: 'President', type: 'person', expected: 'President' },
  // other types are left alone
  { text: 'University of Texas Arlington', type: 'organization', expected: 'University of Texas Arlington' },
];

describe('namesOnlySpan', () => {
  it.each(CASES)('$text', ({ text, type, expected }) => {
    const doc = `Yesterday ${text} spoke.`;
    const g = { start: 10, end: 10 + text.length, type };
    const n = namesOnlySpan(doc, g);
    expect(doc.slice(n.start, n.end)).toBe(expected);
  });
});
