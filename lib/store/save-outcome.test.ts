import { describe, expect, it } from 'vitest';
import { QuotaError } from './errors';
import { BADGES, saveFailure, saveSuccess } from './save-outcome';

describe('save outcomes for the toolbar badge and the popup', () => {
  it('a full disk says what happened and what to do', () => {
    const quota = saveFailure(new QuotaError(undefined, { cause: new DOMException('full', 'QuotaExceededError') }), 5);
    expect(quota).toEqual({ ok: false, at: 5, message: expect.stringMatching(/^Not saved: storage is full\. .*delete or export/i) });
    // A raw quota error (not wrapped by the store) reads the same.
    expect(saveFailure(new DOMException('full', 'QuotaExceededError'), 5).message).toBe(quota.message);
  });

  it('other failures give their reason; nothing at all still gives a sentence', () => {
    expect(saveFailure(new Error('This page has not been analysed yet.'), 1).message).toBe('Not saved: This page has not been analysed yet.');
    expect(saveFailure(Object.assign(new Error('Maximum key generator value reached'), { name: 'ConstraintError' }), 1).message).toBe(
      'Not saved: the reading list refused the article (ConstraintError: Maximum key generator value reached).',
    );
    expect(saveFailure(undefined, 1).message).toBe('Not saved: an unknown error.');
  });

  it('a success says so, and when the longer text was kept', () => {
    expect(saveSuccess({ id: 3, url: 'https://a.example/x', keptLonger: false }, 9)).toEqual({ ok: true, at: 9, url: 'https://a.example/x', message: 'Saved to your reading list.' });
    expect(saveSuccess({ id: 3, url: 'https://a.example/x', keptLonger: true }, 9).message).toMatch(/^Saved\. The text saved before is longer/);
  });

  it('badges: a check mark for a few seconds, an exclamation mark until the next save', () => {
    expect(BADGES.ok.text).toBe('✓');
    expect(BADGES.ok.clearAfterMs).toBeGreaterThan(0);
    expect(BADGES.error.text).toBe('!');
    expect(BADGES.error.clearAfterMs).toBeNull();
  });
});
