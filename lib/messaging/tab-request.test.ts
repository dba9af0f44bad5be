import { describe, expect, it } from 'vitest';
import { parseTabRequest } from './tab-request';

describe('parseTabRequest', () => {
  it('accepts each request shape', () => {
    expect(parseTabRequest({ type: 'get-state' })).toEqual({ type: 'get-state' });
    expect(parseTabRequest({ type: 'analyze' })).toEqual({ type: 'analyze' });
    expect(parseTabRequest({ type: 'hide-card' })).toEqual({ type: 'hide-card' });
    expect(parseTabRequest({ type: 'set-highlights', visible: false })).toEqual({ type: 'set-highlights', visible: false });
    expect(parseTabRequest({ type: 'jump', start: 3, end: 9 })).toEqual({ type: 'jump', start: 3, end: 9 });
    expect(parseTabRequest({ type: 'step-mark', direction: 1 })).toEqual({ type: 'step-mark', direction: 1 });
    expect(parseTabRequest({ type: 'step-mark', direction: -1 })).toEqual({ type: 'step-mark', direction: -1 });
  });

  it('refuses unknown types, extra keys, wrong types and impossible offsets', () => {
    for (const bad of [
      null,
      'get-state',
      [],
      { type: 'get-article' },
      { type: 'get-state', extra: 1 },
      { type: 'set-highlights', visible: 'no' },
      { type: 'jump', start: 5, end: 5 },
      { type: 'jump', start: -1, end: 5 },
      { type: 'jump', start: 1.5, end: 5 },
      { type: 'jump', start: 1, end: 5, kind: 'actor' },
      { type: 'jump', start: 1 },
      { type: 'step-mark', direction: 2 },
      { type: 'step-mark', direction: '1' },
      { type: 'step-mark' },
      { type: 'step-mark', direction: 1, key: 'a1' },
    ]) {
      expect(parseTabRequest(bad)).toBeNull();
    }
  });
});
