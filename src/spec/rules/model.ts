/**
 * Names the rules derive from the spec the same way `normalize.ts` does: tables (plurals),
 * the built-in User, and the resolved names of each relation end.
 */
import { defaultRelationNames } from '../normalize';
import { pluralize, singularize, snakeCase } from '../naming';
import type { Path } from '../paths';
import type { ParsedEntity, ParsedProject, ParsedRelation } from '../schema';
import type { SpecView } from './types';

export const hasAuth = (project: ParsedProject | undefined): boolean =>
  project !== undefined && project.auth !== 'none';

/** An entity a relation can point at: one of the spec, or the built-in User. */
export interface EntityRef {
  name: string;
  /** Undefined for the built-in User when the spec declares no User entity. */
  index: number | undefined;
  entity: ParsedEntity | undefined;
  plural: string;
  /** Where the plural comes from: the `plural` key when written, else the name it derives from. */
  pluralPath: Path | undefined;
}

export function entityRefs(view: SpecView): Map<string, EntityRef> {
  const refs = new Map<string, EntityRef>();
  view.entities.forEach((entity, index) => {
    if (!entity || refs.has(entity.name)) return;
    const plural = entity.plural ?? pluralize(entity.name);
    const pluralPath: Path = ['entities', index, entity.plural === undefined ? 'name' : 'plural'];
    refs.set(entity.name, { name: entity.name, index, entity, plural, pluralPath });
  });
  if (hasAuth(view.project) && !refs.has('User')) {
    refs.set('User', { name: 'User', index: undefined, entity: undefined, plural: 'users', pluralPath: undefined });
  }
  return refs;
}

/** A relation whose two ends are known, with every name it adds to them. */
export interface ResolvedRelation {
  index: number;
  relation: ParsedRelation;
  from: EntityRef;
  to: EntityRef;
  fromName: string;
  toName: string;
}

export function resolveRelations(view: SpecView, refs = entityRefs(view)): ResolvedRelation[] {
  const plurals = new Map([...refs.values()].map((ref) => [ref.name, ref.plural]));
  const out: ResolvedRelation[] = [];
  view.relations.forEach((relation, index) => {
    const from = relation && refs.get(relation.from);
    const to = relation && refs.get(relation.to);
    if (!relation || !from || !to) return;
    const names = defaultRelationNames(relation.kind, relation.from, relation.to, plurals);
    out.push({
      index,
      relation,
      from,
      to,
      fromName: relation.fromName ?? names.fromName,
      toName: relation.toName ?? names.toName,
    });
  });
  return out;
}

/** The id-list key of a many-to-many end: `categories` → `category_ids`. */
export const idListName = (attribute: string): string => `${singularize(attribute)}_ids`;

/** The foreign-key column of a one-to-many / one-to-one relation, on `to`. */
export const foreignKeyName = (toName: string): string => `${toName}_id`;

/** ` (the default toName; set toName)` when the name was derived rather than written. */
export function derivedNote(r: ResolvedRelation, end: 'fromName' | 'toName'): string {
  return r.relation[end] === undefined ? ` (the default ${end}; set ${end} to choose another)` : '';
}

export const moduleName = (entityName: string): string => snakeCase(entityName);
