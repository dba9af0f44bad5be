import type { ActorType, Corrections } from '../nlp/types';
import type { DramatisDB } from './db';
import { normalizeName } from './names';

/** Folds the user's stored corrections (in the order made) into the `Corrections` that `analyze` takes. */
export async function getCorrections(db: DramatisDB): Promise<Corrections> {
  const rows = await db.corrections.orderBy('id').toArray();
  const notActor = new Map<string, string>();
  const types: Record<string, ActorType> = {};
  const renames: Record<string, string> = {};
  const merges: string[][] = [];
  for (const row of rows) {
    switch (row.kind) {
      case 'notActor':
        notActor.set(normalizeName(row.name), row.name);
        break;
      case 'type':
        types[row.name] = row.type;
        break;
      case 'rename':
        renames[row.name] = row.to;
        break;
      case 'merge': {
        const norms = new Set(row.names.map(normalizeName));
        const existing = merges.find((g) => g.some((n) => norms.has(normalizeName(n))));
        if (existing) {
          for (const n of row.names) if (!existing.some((e) => normalizeName(e) === normalizeName(n))) existing.push(n);
        } else merges.push([...row.names]);
        break;
      }
    }
  }
  const out: Corrections = {};
  if (notActor.size) out.notActor = [...notActor.values()];
  if (Object.keys(types).length) out.types = types;
  if (merges.length) out.merges = merges;
  if (Object.keys(renames).length) out.renames = renames;
  return out;
}

/** Corrections as look-ups by normalized name, for applying them to an analysis when saving. */
export interface CorrectionIndex {
  notActor: Set<string>;
  types: Map<string, ActorType>;
  /** normalized name -> display name (renames and merges). */
  display: Map<string, string>;
}

export function indexCorrections(c: Corrections): CorrectionIndex {
  const display = new Map<string, string>();
  for (const group of c.merges ?? []) for (const n of group.slice(1)) display.set(normalizeName(n), group[0]);
  for (const [from, to] of Object.entries(c.renames ?? {})) display.set(normalizeName(from), to);
  return {
    notActor: new Set((c.notActor ?? []).map(normalizeName)),
    types: new Map(Object.entries(c.types ?? {}).map(([n, t]) => [normalizeName(n), t])),
    display,
  };
}

/** Follows renames/merges from a name to its display name (stops on cycles). */
export function displayName(index: CorrectionIndex, name: string): string {
  let current = name;
  const seen = new Set<string>();
  for (;;) {
    const norm = normalizeName(current);
    const next = index.display.get(norm);
    if (next === undefined || seen.has(norm)) return current;
    seen.add(norm);
    current = next;
  }
}
