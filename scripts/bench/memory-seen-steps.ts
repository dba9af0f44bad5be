// "Seen before?" step by step (issue 15), for the Chromium bench page (`npm run bench -- memory --chromium --seen-steps`):
// main's seenBefore cut into its reads and its work, each timed once after a warm-up run, then the reads a resident
// claim index would do instead (whole-table keys, the claims written since, one large ArrayBuffer row). Where the time
// goes, not a measure of the product (memory-measure.ts is). Browser-safe (no Node imports).
import Dexie from 'dexie';
import { probePrints } from '../../lib/memory/claim-index';
import { prepareClaim, samePrepared, wordDiff, wordingDiffers } from '../../lib/memory/claim-match';
import type { DramatisDB } from '../../lib/store/db';
import { historyIdentity } from '../../lib/store/history-names';
import { ClaimPrintIndex, seenBefore, type ClaimProbe } from '../../lib/store/history-seen';
import { ResidentSeenIndex } from '../../lib/store/history-seen-index';
import type { HistoryClaimRecord } from '../../lib/store/schema';

export async function seenSteps(db: DramatisDB, probes: readonly ClaimProbe[]): Promise<Record<string, number>> {
  const t: Record<string, number> = {};
  const step = async <T>(name: string, f: () => Promise<T> | T): Promise<T> => {
    const s = performance.now();
    const v = await f();
    t[name] = Math.round((performance.now() - s) * 10) / 10;
    return v;
  };
  const texts = probes.map((p) => p.text);
  await seenBefore(db, null, probes, 'https://new.example/x');
  const prints = await step('probe prints (hashing)', () => texts.map(probePrints));
  t['distinct probe prints'] = new Set(prints.flat()).size;
  const { ids } = await step('main: per-shingle index reads (ClaimPrintIndex)', () => new ClaimPrintIndex(db).rankedCandidates(texts));
  const distinct = [...new Set(ids.flat())];
  t['candidate claim ids (distinct)'] = distinct.length;
  const rows = await step('main: candidate claim rows (bulkGet)', () => db.historyClaims.bulkGet(distinct));
  const byId = new Map(rows.filter((r): r is HistoryClaimRecord => !!r).map((r) => [r.id!, r]));
  const accepted = await step('decision (samePrepared, prepared once a text)', () => {
    const prepared = new Map<string, ReturnType<typeof prepareClaim>>();
    return ids.map((list, i) => {
      const p = prepareClaim(texts[i]);
      return list.map((id) => byId.get(id)!).filter((c) => {
        let q = prepared.get(c.text);
        if (!q) prepared.set(c.text, (q = prepareClaim(c.text)));
        return samePrepared(p, q);
      });
    });
  });
  const hids = [...new Set(accepted.flat().map((c) => c.historyId))];
  t['accepted claims'] = accepted.flat().length;
  t['distinct records of accepted'] = hids.length;
  const records = await step('main: records of accepted (bulkGet)', () => db.history.bulkGet(hids));
  t['record bytes (JSON, mean)'] = Math.round(records.reduce((s, r) => s + JSON.stringify(r).length, 0) / Math.max(1, records.length));
  t['claim row bytes (JSON, mean)'] = Math.round(rows.reduce((s, r) => s + JSON.stringify(r).length, 0) / Math.max(1, rows.length));
  await step('records of accepted again (bulkGet)', () => db.history.bulkGet(hids));
  await step('claim rows again (bulkGet)', () => db.historyClaims.bulkGet(distinct));
  await step('24 claim rows (bulkGet, one claim)', () => db.historyClaims.bulkGet(ids[0]));
  await step('identity of the sources (historyIdentity)', async () => {
    const keys = new Set(accepted.flat().map((c) => c.sourceKey).filter((k): k is string => !!k));
    for (const p of probes) if (p.sourceKey) keys.add(p.sourceKey);
    return Promise.all([...keys].map((k) => historyIdentity(db, k)));
  });
  await step('word diffs (distinct texts per claim)', () => {
    for (const [i, list] of accepted.entries()) for (const text of new Set(list.map((c) => c.text))) if (wordingDiffers(text, texts[i])) wordDiff(text, texts[i]);
  });
  await step('whole seenBefore (main)', () => seenBefore(db, null, probes, 'https://new.example/x'));
  // The resident index (history-seen-index.ts), warm: its lookup, then the whole answer, and the rows it reads.
  const resident = new ResidentSeenIndex(db, { autoRewrite: false, autoRebuild: false });
  await resident.rebuild();
  await seenBefore(db, resident, probes, 'https://new.example/x');
  const found = await step('resident: lookup (sync + candidates in memory)', () => resident.lookup(texts));
  const sigs = new Set(found.ids.flat().map((id) => found.index!.signatureOf(id)));
  t['resident: distinct row signatures among the candidates'] = sigs.size;
  await step('resident: one claim row per signature (bulkGet)', () => db.historyClaims.bulkGet([...new Map([...found.ids.flat()].map((id) => [found.index!.signatureOf(id), id])).values()]));
  await step('resident: exclude-url lookup', () => db.history.where('url').equals('https://new.example/x').primaryKeys());
  for (let i = 0; i < 3; i++) await step(`resident: whole seenBefore, warm (${i + 1})`, () => seenBefore(db, resident, probes, 'https://new.example/x'));
  // Reads a resident index could use.
  const keys = await step('all history primary keys', () => db.history.toCollection().primaryKeys());
  t['history keys'] = keys.length;
  const claimKeys = await step('all claim primary keys', () => db.historyClaims.toCollection().primaryKeys());
  t['claim keys'] = claimKeys.length;
  await step('history count()', () => db.history.count());
  await step('claim count()', () => db.historyClaims.count());
  const max = claimKeys[claimKeys.length - 1] ?? 0;
  await step('claims above the max id - 20 (delta read)', () => db.historyClaims.where(':id').above(max - 20).toArray());
  await step('claims above the max id (empty delta read)', () => db.historyClaims.where(':id').above(max).toArray());
  await step('history url lookup (exclude)', () => db.history.where('url').equals('https://new.example/x').primaryKeys());
  await step('claim rows 1..10000 (getAll, rebuild chunk)', () => db.historyClaims.where(':id').between(0, (claimKeys[9999] ?? max) + 1).toArray());
  // One large row of ArrayBuffers (a snapshot), written then read on a new connection.
  const blobDb = new Dexie('seen-steps-blob');
  blobDb.version(1).stores({ blobs: '&key' });
  const mb = 32;
  const a = new Uint32Array((mb * 1024 * 1024) / 4);
  for (let i = 0; i < a.length; i++) a[i] = (i * 2654435761) >>> 0;
  await step(`write a ${mb} MB ArrayBuffer row`, () => blobDb.table('blobs').put({ key: 'x', a: a.buffer }));
  blobDb.close();
  const again = new Dexie('seen-steps-blob');
  again.version(1).stores({ blobs: '&key' });
  await step('open a new connection', () => again.open());
  await step(`read the ${mb} MB row (new connection)`, () => again.table('blobs').get('x'));
  await step(`read the ${mb} MB row again`, () => again.table('blobs').get('x'));
  await again.delete();
  return t;
}
