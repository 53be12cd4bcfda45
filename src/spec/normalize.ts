/**
 * Fills in the defaults that depend on other values of the spec. Runs only on a spec that
 * passed every rule, so lookups here cannot miss.
 */
import type { ParsedSpec } from './schema';
import type { Entity, Relation, Spec } from './types';
import { pluralize, snakeCase, titleCase } from './naming';

export const defaultRelationNames = (
  kind: Relation['kind'],
  from: string,
  to: string,
  plurals: Map<string, string>,
): { fromName: string; toName: string } => ({
  fromName: kind === 'one-to-one' ? snakeCase(to) : (plurals.get(to) ?? pluralize(to)),
  toName: kind === 'many-to-many' ? (plurals.get(from) ?? pluralize(from)) : snakeCase(from),
});

/** A junction table always cascades; a required foreign key cascades; an optional one is set null. */
export const defaultOnDelete = (kind: Relation['kind'], required: boolean): Relation['onDelete'] =>
  kind === 'many-to-many' || required ? 'cascade' : 'set-null';

export function normalizeSpec(parsed: ParsedSpec): Spec {
  const { project } = parsed;
  const defaultLevel = project.auth === 'none' ? 'public' : 'authenticated';
  const entities: Entity[] = parsed.entities.map((entity) => ({
    ...entity,
    plural: entity.plural ?? pluralize(entity.name),
    access: entity.access ?? { read: defaultLevel, write: defaultLevel },
    tenantScoped: entity.tenantScoped ?? project.multiTenant,
  }));
  const plurals = new Map(entities.map((e) => [e.name, e.plural]));
  plurals.set('User', plurals.get('User') ?? 'users');
  const relations: Relation[] = parsed.relations.map((relation) => {
    const names = defaultRelationNames(relation.kind, relation.from, relation.to, plurals);
    return {
      ...relation,
      fromName: relation.fromName ?? names.fromName,
      toName: relation.toName ?? names.toName,
      onDelete: relation.onDelete ?? defaultOnDelete(relation.kind, relation.required),
    };
  });
  return {
    ...parsed,
    project: { ...project, title: project.title ?? titleCase(project.name) },
    entities,
    relations,
  };
}
