import type { ActorType } from '../nlp/types';
import { foldText } from './words';

/**
 * The name used to compare actors: diacritics folded, lower-cased, whitespace folded, a leading "the" and a trailing
 * possessive dropped ("The State Department's" -> "state department").
 */
export function normalizeName(name: string): string {
  return foldText(name)
    .replace(/[\u2019\u2018`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '')
    .replace(/'s?$/, '')
    .replace(/[.,;:]+$/, '')
    .trim();
}

/** A card's key: `${type}:${normalized name}` ("person:mike pompeo"). */
export function actorKey(type: ActorType, name: string): string {
  return `${type}:${normalizeName(name)}`;
}

export function parseActorKey(key: string): { type: ActorType; name: string } | null {
  const m = /^(person|organization|place):(.+)$/.exec(key);
  return m ? { type: m[1] as ActorType, name: m[2] } : null;
}
