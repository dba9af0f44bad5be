// Reads the expectations of the stage tables (stages.test.ts) against an analysis. Test helper only.
import type { Analysis } from '../types';

/**
 * One expectation, in a small language written from a reader's point of view:
 * - `"Toronto Star" organization`: some actor of that type has a mention with exactly this text;
 * - `no "Spokesman"`: no actor has a mention with exactly this text; `2 "Civic Passion"`: at least two mentions have it;
 * - `"Pompeo" ~ "Mike Pompeo"`: both texts are mentions of one actor; `"Johnson" !~ "Mike Pompeo"`: not of one actor;
 * - `"Mike Pompeo" role "Secretary of State"`, `"Iraq" modifier "Iraqi"`, `"Mike Pompeo" reference "He"`;
 * - `"Bill Clinton" named "William Clinton"`: the actor with this mention is named so.
 * Returns undefined when the expectation holds, or what was found instead.
 */
export function check(analysis: Analysis, expectation: string): string | undefined {
  const q = [...expectation.matchAll(/"([^"]*)"/g)].map((m) => m[1]);
  const rest = expectation.replace(/"[^"]*"/g, '').trim();
  const withMention = (text: string) => analysis.actors.filter((a) => a.mentions.some((m) => m.text === text));
  const found = () => analysis.actors.map((a) => `${a.name} (${a.type}): ${a.mentions.map((m) => m.text).join(' | ')}`).join('; ') || '(no actors)';
  if (/^\d+$/.test(rest)) {
    const n = analysis.actors.reduce((k, a) => k + a.mentions.filter((m) => m.text === q[0]).length, 0);
    return n >= Number(rest) ? undefined : `${n} mention(s) "${q[0]}": ${found()}`;
  }
  if (rest === 'no') return withMention(q[0]).length ? `"${q[0]}" is a mention: ${found()}` : undefined;
  if (rest === '!~') return withMention(q[0]).some((a) => a.mentions.some((m) => m.text === q[1])) ? `one actor: ${found()}` : undefined;
  if (rest === '~') return withMention(q[0]).some((a) => a.mentions.some((m) => m.text === q[1])) ? undefined : `not one actor: ${found()}`;
  if (['person', 'organization', 'place'].includes(rest)) return withMention(q[0]).some((a) => a.type === rest) ? undefined : `no ${rest} "${q[0]}": ${found()}`;
  const fields: Record<string, 'roles' | 'modifiers' | 'references' | 'name'> = { role: 'roles', modifier: 'modifiers', reference: 'references', named: 'name' };
  const field = fields[rest];
  if (!field) throw new Error(`cannot read the expectation ${JSON.stringify(expectation)}`);
  const actors = withMention(q[0]);
  const ok = actors.some((a) => {
    if (field === 'name') return a.name === q[1];
    if (field === 'roles') return a.roles?.includes(q[1]);
    return a[field]?.some((m) => m.text === q[1]);
  });
  return ok ? undefined : `no ${rest} "${q[1]}" on "${q[0]}": ${actors.map((a) => JSON.stringify({ name: a.name, roles: a.roles, modifiers: a.modifiers?.map((m) => m.text), references: a.references?.map((m) => m.text) })).join('; ') || found()}`;
}
