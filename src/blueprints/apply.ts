/**
 * Adds a blueprint's entities (all, or those picked) to a spec being edited, with the
 * relations between entities the spec then has. Entities already there (same name, any
 * case) are kept as they are, and relations to `User` are left out without auth.
 */
import type { SpecInput } from '../spec';
import type { Blueprint, RelationInput } from './types';

export interface Applied {
  spec: SpecInput;
  added: string[];
  skipped: string[];
  relations: number;
}

const sameRelation = (a: RelationInput, b: RelationInput) =>
  a.kind === b.kind && a.from === b.from && a.to === b.to && a.fromName === b.fromName && a.toName === b.toName;

export function applyBlueprint(spec: SpecInput, blueprint: Blueprint, picked?: readonly string[]): Applied {
  const entities = [...(spec.entities ?? [])];
  const relations = [...(spec.relations ?? [])];
  const present = new Set(entities.map((e) => e.name.toLowerCase()));
  const added: string[] = [];
  const skipped: string[] = [];
  for (const entity of blueprint.entities) {
    if (picked && !picked.includes(entity.name)) continue;
    if (present.has(entity.name.toLowerCase())) {
      skipped.push(entity.name);
      continue;
    }
    entities.push(structuredClone(entity));
    present.add(entity.name.toLowerCase());
    added.push(entity.name);
  }
  const hasAuth = (spec.project.auth ?? 'jwt') !== 'none';
  const known = (name: string) => present.has(name.toLowerCase()) || (name === 'User' && hasAuth);
  const involvesAdded = (r: RelationInput) => added.includes(r.from) || added.includes(r.to);
  let count = 0;
  for (const relation of blueprint.relations) {
    if (!known(relation.from) || !known(relation.to) || !involvesAdded(relation)) continue;
    if (relations.some((r) => sameRelation(r, relation))) continue;
    relations.push(structuredClone(relation));
    count++;
  }
  return { spec: { ...spec, entities, relations }, added, skipped, relations: count };
}
