import { describe, expect, it } from 'vitest';
import { textHash } from './text-hash';

describe('textHash', () => {
  it('is the FNV-1a 32-bit hash of the UTF-16 code units', () => {
    // Reference values of FNV-1a 32 for ASCII strings (offset basis 2166136261, prime 16777619).
    expect(textHash('')).toBe(2166136261);
    expect(textHash('a')).toBe(0xe40c292c);
    expect(textHash('foobar')).toBe(0xbf9cf968);
  });

  it('tells texts apart that differ in one character or in order', () => {
    expect(textHash('Mike Pompeo said.')).not.toBe(textHash('Mike Pompeo said!'));
    expect(textHash('ab')).not.toBe(textHash('ba'));
  });
});
