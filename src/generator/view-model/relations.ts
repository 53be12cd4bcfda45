/**
 * Relations resolved into what each entity holds: foreign-key columns (one-to-many,
 * one-to-one), id lists over junction tables (many-to-many), ORM relationships on both
 * sides, and the delete rules (`onDelete`) each entity imposes on its dependants.
 */
import type { OnDelete, Relation, Spec } from '../../spec';
import { naming } from '../../spec';

export interface EntityRef {
  name: string;
  module: string;
  table: string;
}

export interface ForeignKeyRef {
  relation: Relation;
  /** `customer_id`: column and JSON key. */
  name: string;
  parent: EntityRef;
  child: EntityRef;
  required: boolean;
  unique: boolean;
  onDelete: OnDelete;
  /** ORM relationship names (spec names; the entity view makes them safe attributes). */
  childRelationship: string;
  parentRelationship: string;
  selfReferential: boolean;
}

export interface JunctionRef {
  table: string;
  from: EntityRef;
  to: EntityRef;
  /** Column pointing at the `from` row, and the one pointing at the `to` row. */
  fromColumn: string;
  toColumn: string;
  relation: Relation;
}

export interface IdListRef {
  /** `label_ids`. */
  name: string;
  /** Relationship (spec name) the list is read from: `labels`. */
  relationship: string;
  /** Relationship on the other side, for `back_populates`. */
  backRelationship: string;
  other: EntityRef;
  junction: JunctionRef;
  /** The `from` side declares the junction table in its model module. */
  side: 'from' | 'to';
}

export interface ResolvedRelations {
  foreignKeys: Map<string, ForeignKeyRef[]>;
  /** Relations where the entity is the `from` (parent) side of a foreign key. */
  dependants: Map<string, ForeignKeyRef[]>;
  idLists: Map<string, IdListRef[]>;
  junctions: JunctionRef[];
}

const ON_DELETE_SQL: Record<OnDelete, string> = { cascade: 'CASCADE', 'set-null': 'SET NULL', restrict: 'RESTRICT' };
export const onDeleteSql = (onDelete: OnDelete) => ON_DELETE_SQL[onDelete];

const push = <T>(map: Map<string, T[]>, key: string, value: T) => map.set(key, [...(map.get(key) ?? []), value]);

function junctionColumns(relation: Relation): { fromColumn: string; toColumn: string } {
  if (relation.from !== relation.to) {
    return { fromColumn: `${naming.snakeCase(relation.from)}_id`, toColumn: `${naming.snakeCase(relation.to)}_id` };
  }
  // Self relation: row (a, b) means a.<fromName> holds b, so a is one of b's <toName>.
  const fromColumn = `${naming.singularize(relation.toName)}_id`;
  const toColumn = `${naming.singularize(relation.fromName)}_id`;
  return fromColumn === toColumn ? { fromColumn: 'source_id', toColumn: 'target_id' } : { fromColumn, toColumn };
}

export function resolveRelations(spec: Spec, refs: Map<string, EntityRef>): ResolvedRelations {
  const foreignKeys = new Map<string, ForeignKeyRef[]>();
  const dependants = new Map<string, ForeignKeyRef[]>();
  const idLists = new Map<string, IdListRef[]>();
  const junctions: JunctionRef[] = [];
  const tableNames = new Set([...refs.values()].map((ref) => ref.table));
  for (const relation of spec.relations) {
    const from = refs.get(relation.from)!;
    const to = refs.get(relation.to)!;
    if (relation.kind === 'many-to-many') {
      let table = `${from.table}_${to.table}`;
      for (let n = 2; tableNames.has(table); n++) table = `${from.table}_${to.table}_${n}`;
      tableNames.add(table);
      const junction: JunctionRef = { table, from, to, relation, ...junctionColumns(relation) };
      junctions.push(junction);
      push(idLists, from.name, {
        name: `${naming.singularize(relation.fromName)}_ids`,
        relationship: relation.fromName,
        backRelationship: relation.toName,
        other: to,
        junction,
        side: 'from',
      });
      push(idLists, to.name, {
        name: `${naming.singularize(relation.toName)}_ids`,
        relationship: relation.toName,
        backRelationship: relation.fromName,
        other: from,
        junction,
        side: 'to',
      });
      continue;
    }
    const ref: ForeignKeyRef = {
      relation,
      name: `${relation.toName}_id`,
      parent: from,
      child: to,
      required: relation.required,
      unique: relation.kind === 'one-to-one',
      onDelete: relation.onDelete,
      childRelationship: relation.toName,
      parentRelationship: relation.fromName,
      selfReferential: relation.from === relation.to,
    };
    push(foreignKeys, to.name, ref);
    push(dependants, from.name, ref);
  }
  return { foreignKeys, dependants, idLists, junctions };
}

/**
 * Creation order of the tables: parents before children. A foreign key that closes a
 * cycle between different tables is added after both exist (`use_alter`); returns the
 * order and those keys.
 */
export function tableOrder(entities: EntityRef[], foreignKeys: Map<string, ForeignKeyRef[]>) {
  const state = new Map<string, 'visiting' | 'done'>();
  const order: EntityRef[] = [];
  const deferred = new Set<ForeignKeyRef>();
  const visit = (entity: EntityRef) => {
    state.set(entity.name, 'visiting');
    for (const fk of foreignKeys.get(entity.name) ?? []) {
      if (fk.selfReferential) continue;
      const parentState = state.get(fk.parent.name);
      if (parentState === 'visiting') deferred.add(fk);
      else if (parentState === undefined) visit(fk.parent);
    }
    state.set(entity.name, 'done');
    order.push(entity);
  };
  for (const entity of entities) if (!state.has(entity.name)) visit(entity);
  return { order, deferred };
}

/**
 * Entities whose rows cannot be created through the API: a cycle of required foreign
 * keys (including a required self reference) means every row needs one that exists first.
 */
export function uncreatableEntities(entities: EntityRef[], foreignKeys: Map<string, ForeignKeyRef[]>): Set<string> {
  const blocked = new Set<string>();
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string): boolean => {
    if (state.get(name) === 'visiting') return true;
    if (state.get(name) === 'done') return blocked.has(name);
    state.set(name, 'visiting');
    let stuck = false;
    for (const fk of foreignKeys.get(name) ?? []) {
      if (fk.required && visit(fk.parent.name)) stuck = true;
    }
    state.set(name, 'done');
    if (stuck) blocked.add(name);
    return stuck;
  };
  for (const entity of entities) visit(entity.name);
  return blocked;
}
