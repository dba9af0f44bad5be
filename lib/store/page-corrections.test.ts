import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getCorrections } from './corrections';
import { DramatisDB } from './db';
import { claimSourceFixes } from './claim-source-fixes';
import { addPageCorrection, undoPageCorrection } from './page-corrections';

let db: DramatisDB;
beforeEach(async () => {
  db = new DramatisDB(`page-corrections-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('corrections from the card', () => {
  it('a type change and a "not an actor" reach the engine through getCorrections; undo takes each back', async () => {
    const typeId = await addPageCorrection(db, { kind: 'type', name: 'Baghdad', type: 'organization' });
    const notId = await addPageCorrection(db, { kind: 'notActor', name: '  Breaking   News ' });
    expect(await getCorrections(db)).toEqual({ types: { Baghdad: 'organization' }, notActor: ['Breaking News'] });
    expect(await undoPageCorrection(db, typeId)).toBe(true);
    expect(await getCorrections(db)).toEqual({ notActor: ['Breaking News'] });
    expect(await undoPageCorrection(db, notId)).toBe(true);
    expect(await getCorrections(db)).toEqual({});
    expect(await undoPageCorrection(db, notId)).toBe(false);
  });

  it('undo never removes other kinds of correction (a rename made in the library)', async () => {
    const id = (await db.corrections.add({ kind: 'rename', name: 'Pompeo', to: 'Mike Pompeo', at: 1 })) as number;
    expect(await undoPageCorrection(db, id)).toBe(false);
    expect(await db.corrections.count()).toBe(1);
  });

  it('a claim\'s source is remembered for its page only; undo brings back the fix made before it', async () => {
    const url = 'https://news.example/story';
    const claim = 'the talks had stalled';
    const first = await addPageCorrection(db, { kind: 'claimSource', name: claim, url, source: 'Jane Doe' });
    const second = await addPageCorrection(db, { kind: 'claimSource', name: claim, url, source: null });
    expect((await claimSourceFixes(db, url)).map((f) => f.source)).toEqual(['Jane Doe', null]);
    expect(await claimSourceFixes(db, 'https://news.example/other')).toEqual([]);
    // Not a rule for other pages: the engine's corrections do not change.
    expect(await getCorrections(db)).toEqual({});
    expect(await undoPageCorrection(db, second)).toBe(true);
    expect((await claimSourceFixes(db, url)).map((f) => f.source)).toEqual(['Jane Doe']);
    expect(await undoPageCorrection(db, first)).toBe(true);
    expect(await claimSourceFixes(db, url)).toEqual([]);
  });

  it('refuses an empty name', async () => {
    await expect(addPageCorrection(db, { kind: 'notActor', name: '   ' })).rejects.toThrow(TypeError);
  });
});
