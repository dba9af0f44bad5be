import { describe, expect, it } from 'vitest';
import { findQuotes, typewriterQuotes } from './quotes';
import { paragraphs } from './text-units';

describe('typewriter quotes', () => {
  it('reads two apostrophes as a double quotation mark, keeping every offset', () => {
    const text = "''It is unusual,'' said Larry Noble.";
    const out = typewriterQuotes(text);
    expect(out).toHaveLength(text.length);
    expect(out).toBe(' "It is unusual,"  said Larry Noble.');
    const q = findQuotes(out, paragraphs(out));
    expect(q).toHaveLength(1);
    expect(out.slice(q[0].innerStart, q[0].innerEnd)).toBe('It is unusual,');
  });

  it('three apostrophes are a double and a single mark; apostrophes inside words stay', () => {
    expect(typewriterQuotes("say to him, '''Sir, we can't.'''")).toBe("say to him,  \"'Sir, we can't.'\" ");
    expect(typewriterQuotes("the players' union can't")).toBe("the players' union can't");
  });
});
