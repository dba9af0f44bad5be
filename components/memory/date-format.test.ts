import { describe, expect, it } from 'vitest';
import { formatDate, UNKNOWN_DATE } from '../format';
import { listDate } from './date-format';

describe('listDate', () => {
  it('says what formatDate says, for dates and for values that are not dates', () => {
    for (const ms of [Date.UTC(2026, 2, 2, 12), 0, Date.UTC(1999, 11, 31, 23)]) {
      expect(listDate(ms, 'en-US')).toBe(formatDate(ms, 'en-US'));
      expect(listDate(ms, 'de-DE')).toBe(formatDate(ms, 'de-DE'));
    }
    expect(listDate(Date.UTC(2026, 2, 2, 12), 'en-US')).toBe('Mar 2, 2026');
    expect(listDate(Number.NaN, 'en-US')).toBe(UNKNOWN_DATE);
    expect(listDate(8.64e15 + 1, 'en-US')).toBe(UNKNOWN_DATE);
  });
});
