import { afterEach, describe, expect, it } from 'vitest';
import type { DramatisDB } from './db';
import { DEFAULT_SETTINGS, getSettings, isSiteEnabled, setSetting, setSiteEnabled } from './settings';
import { testDb } from './test-db';

let db: DramatisDB;
afterEach(async () => {
  await db?.delete();
});

describe('settings', () => {
  it('defaults: everything highlighted, lookup and private saving off, the reading history on for 90 days', async () => {
    db = testDb();
    expect(await getSettings(db)).toEqual({
      disabledSites: [],
      highlightKinds: ['person', 'organization', 'place', 'claim'],
      lookup: false,
      allowPrivate: false,
      history: true,
      historyDays: 90,
    });
  });

  it('stores values and does not leak changes into the defaults', async () => {
    db = testDb();
    const s = await getSettings(db);
    s.highlightKinds.pop();
    expect(DEFAULT_SETTINGS.highlightKinds).toHaveLength(4);
    await setSetting(db, 'lookup', true);
    await setSetting(db, 'highlightKinds', ['claim']);
    expect(await getSettings(db)).toMatchObject({ lookup: true, highlightKinds: ['claim'], allowPrivate: false });
    await expect(setSetting(db, 'nope' as any, 1 as any)).rejects.toThrow(/Unknown setting/);
  });

  it.each([
    ['bbc.co.uk', true],
    ['https://www.bbc.co.uk/news/x', false],
    ['news.bbc.co.uk', false],
    ['notbbc.co.uk', true],
    ['reuters.com', true],
  ])('per-site switch: %s enabled = %s after disabling www.BBC.co.uk', async (host, enabled) => {
    db = testDb();
    await setSiteEnabled(db, 'https://www.BBC.co.uk/', false);
    if (host === 'bbc.co.uk') await setSiteEnabled(db, 'bbc.co.uk', true);
    expect(await isSiteEnabled(db, host)).toBe(enabled);
  });
});
