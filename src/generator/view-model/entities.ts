/**
 * The entities the generated project holds: the spec's, plus a built-in `User` when auth
 * is on and something refers to it. Each gets its safe Python attribute names here, so
 * every module (model, schemas, service, tests) agrees on them.
 */
import type { Entity, Field, Spec } from '../../spec';
import { naming } from '../../spec';
import { PYTHON_KEYWORDS } from '../../spec/reserved-names';
import { attributeNames } from './python';
import type { EntityRef, ResolvedRelations } from './relations';

/**
 * Built-in fields of `User` (the password hash and `tenant_id` are added by `auth.ts`:
 * no request body may set them).
 */
const BUILT_IN_USER_FIELDS: Field[] = [
  {
    name: 'email',
    type: 'email',
    maxLength: 320,
    required: true,
    unique: true,
    index: false,
    description: 'Sign-in email address.',
    filterable: true,
    sortable: true,
  },
  {
    name: 'role',
    type: 'enum',
    values: ['admin', 'user'],
    default: 'user',
    required: true,
    unique: false,
    index: false,
    description: 'What the user may do: admins may do everything.',
    filterable: true,
    sortable: false,
  },
  {
    name: 'is_active',
    type: 'boolean',
    default: true,
    required: true,
    unique: false,
    index: false,
    description: 'Inactive users cannot sign in.',
    filterable: true,
    sortable: false,
  },
];

/** Auth is on and the spec declares `User` or relates something to it: `/users` is served. */
export function userIsExposed(spec: Spec): boolean {
  if (spec.project.auth === 'none') return false;
  return (
    spec.entities.some((entity) => entity.name === 'User') ||
    spec.relations.some((r) => r.from === 'User' || r.to === 'User')
  );
}

/**
 * The spec's entities, with `User` completed (or added) when auth is on: the users table
 * always exists then. Users are never tenant-scoped like other rows (their `tenant_id`
 * is the tenant they belong to, set by registration; auth.ts adds it).
 */
export function projectEntities(spec: Spec): Entity[] {
  if (spec.project.auth === 'none') return spec.entities;
  const declared = spec.entities.find((entity) => entity.name === 'User');
  if (declared) {
    return spec.entities.map((entity) =>
      entity.name === 'User'
        ? { ...entity, fields: [...BUILT_IN_USER_FIELDS, ...entity.fields], tenantScoped: false }
        : entity,
    );
  }
  const level = 'authenticated' as const;
  const user: Entity = {
    name: 'User',
    plural: 'users',
    description: 'A person who signs in to the API.',
    fields: BUILT_IN_USER_FIELDS,
    softDelete: false,
    access: { read: level, write: level },
    tenantScoped: false,
  };
  return [user, ...spec.entities];
}

/** `OrderItem` → `order_item`; a keyword gets a trailing underscore (`Class` → `class_`). */
export function moduleName(entity: string): string {
  const snake = naming.snakeCase(entity);
  return PYTHON_KEYWORDS.has(snake) ? `${snake}_` : snake;
}

export const entityRef = (entity: Entity): EntityRef => ({
  name: entity.name,
  module: moduleName(entity.name),
  table: entity.plural,
});

/** Every name an entity's classes hold (API name → Python attribute). */
export function entityAttributes(entity: Entity, relations: ResolvedRelations): Map<string, string> {
  const foreignKeys = relations.foreignKeys.get(entity.name) ?? [];
  const dependants = relations.dependants.get(entity.name) ?? [];
  const idLists = relations.idLists.get(entity.name) ?? [];
  return attributeNames([
    ...entity.fields.map((field) => field.name),
    ...foreignKeys.flatMap((fk) => [fk.name, fk.childRelationship]),
    ...dependants.map((fk) => fk.parentRelationship),
    ...idLists.flatMap((list) => [list.name, list.relationship]),
  ]);
}
