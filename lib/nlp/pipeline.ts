/**
 * The shape every rule of the engine takes, and the one runner that switches rules off and traces them.
 *
 * A stage is `{ id, reason, run }`: `run(context, items)` takes the document's context and the current items (actor
 * mentions, claim drafts) and returns the items after the rule; it may edit them in place or return a new array, but
 * it always returns the array to use next. `id` is unique in its list (kebab-case, used on the command line:
 * `npm run bench -- ner --without <id>`), `reason` says in one sentence why the rule exists.
 *
 * Lists of stages live in one file per pipeline, in the order they run (lib/nlp/actors/stages.ts,
 * lib/nlp/claims/patterns.ts), so "what runs, in what order, and why" is answered by reading one file.
 */

export interface Stage<C, T> {
  id: string;
  reason: string;
  run(context: C, items: T[]): T[];
}

/** What one stage changed: items (by a stable key such as their character span) added, removed or relabelled. */
export interface StageTrace {
  /** Pipeline the stage belongs to ("actors", "claims"). */
  pipeline: string;
  id: string;
  added: string[];
  removed: string[];
  /** "old label -> new label" for items whose key stayed and whose label (for example the type) changed. */
  changed: string[];
  /** The stage was listed in `without` and did not run. */
  skipped?: true;
}

/** How the caller steers a pipeline: stages to leave out and, optionally, a list that receives one trace per stage. */
export interface PipelineControl {
  /** Ids of stages that do not run (an unknown id is an error, so a typo does not pass silently). */
  without?: ReadonlySet<string>;
  /** When present, each stage appends what it changed. */
  trace?: StageTrace[];
}

/** How items are named in a trace: `key` identifies an item across stages, `label` is what a stage may change. */
export interface ItemDescriber<T> {
  key(item: T): string;
  label(item: T): string;
}

/**
 * Throws when `without` names a stage that no pipeline has, so a typo on the command line does not pass silently.
 * `pipelines` maps a pipeline's name to its stage ids; an id may be given bare or as `pipeline:id`.
 */
export function checkStageIds(without: ReadonlySet<string> | undefined, pipelines: Record<string, readonly string[]>) {
  if (!without) return;
  for (const id of without) {
    const known = Object.entries(pipelines).some(([name, ids]) => ids.includes(id) || ids.some((s) => `${name}:${s}` === id));
    if (!known) {
      const all = Object.entries(pipelines).map(([name, ids]) => `${name}: ${ids.join(', ')}`).join('; ');
      throw new Error(`unknown stage "${id}" (known ${all})`);
    }
  }
}

/** Whether the stage `id` of `pipeline` is switched off (`id` alone, or `pipeline:id` when two lists share an id). */
export function isSwitchedOff(pipeline: string, id: string, without: ReadonlySet<string> | undefined): boolean {
  return !!without && (without.has(id) || without.has(`${pipeline}:${id}`));
}

/** Runs `stages` in order over `items`, leaving out those switched off, and records what each changed when asked. */
export function runStages<C, T>(
  pipeline: string,
  stages: readonly Stage<C, T>[],
  context: C,
  items: T[],
  control: PipelineControl,
  describe: ItemDescriber<T>,
): T[] {
  let current = items;
  for (const stage of stages) {
    if (isSwitchedOff(pipeline, stage.id, control.without)) {
      control.trace?.push({ pipeline, id: stage.id, added: [], removed: [], changed: [], skipped: true });
      continue;
    }
    if (!control.trace) {
      current = stage.run(context, current);
      continue;
    }
    const before = snapshot(current, describe);
    current = stage.run(context, current);
    control.trace.push({ pipeline, id: stage.id, ...difference(before, snapshot(current, describe)) });
  }
  return current;
}

function snapshot<T>(items: T[], describe: ItemDescriber<T>): Map<string, string> {
  const out = new Map<string, string>();
  for (const item of items) out.set(describe.key(item), describe.label(item));
  return out;
}

/** The items added, removed and relabelled between two snapshots. */
export function difference(before: Map<string, string>, after: Map<string, string>): Pick<StageTrace, 'added' | 'removed' | 'changed'> {
  const added: string[] = [], removed: string[] = [], changed: string[] = [];
  for (const [key, label] of after) {
    const old = before.get(key);
    if (old === undefined) added.push(label);
    else if (old !== label) changed.push(`${old} -> ${label}`);
  }
  for (const [key, label] of before) if (!after.has(key)) removed.push(label);
  return { added, removed, changed };
}
