/**
 * On each entity, the names relations add (attributes fromName / toName, foreign keys
 * `<toName>_id`, id lists `<singular>_ids`) may not clash with its fields, the reserved
 * columns, the built-in User fields, or each other (self relations put both ends on one
 * entity). A clash with a field is reported at the field too (spec-v1.md, fields[].name).
 */
import type { Path } from '../paths';
import { BUILT_IN_USER_FIELDS, RESERVED_FIELD_NAMES } from '../reserved-names';
import { show } from '../show';
import { MAX_IDENTIFIER } from './tables';
import {
  derivedNote,
  entityRefs,
  foreignKeyName,
  hasAuth,
  idListName,
  resolveRelations,
  type EntityRef,
  type ResolvedRelation,
} from './model';
import { fieldPath, type Report, type Rule, type SpecView } from './types';

interface Member {
  label: string;
  /** Set for fields, so that a clash is reported at the field as well. */
  fieldPath?: Path;
  reserved?: boolean;
}

type Kind = 'attribute' | 'foreign key' | 'id list';

/** The names relation `r` adds to `ref`, in a stable order. */
function namesOn(ref: EntityRef, r: ResolvedRelation): { name: string; kind: Kind; end: 'fromName' | 'toName' }[] {
  const names: { name: string; kind: Kind; end: 'fromName' | 'toName' }[] = [];
  const manyToMany = r.relation.kind === 'many-to-many';
  if (r.from === ref) {
    names.push({ name: r.fromName, kind: 'attribute', end: 'fromName' });
    if (manyToMany) names.push({ name: idListName(r.fromName), kind: 'id list', end: 'fromName' });
  }
  if (r.to === ref) {
    names.push({ name: r.toName, kind: 'attribute', end: 'toName' });
    if (manyToMany) names.push({ name: idListName(r.toName), kind: 'id list', end: 'toName' });
    else names.push({ name: foreignKeyName(r.toName), kind: 'foreign key', end: 'toName' });
  }
  return names;
}

function fixedMembers(view: SpecView, ref: EntityRef, userFields: boolean): Map<string, Member> {
  const members = new Map<string, Member>();
  for (const name of RESERVED_FIELD_NAMES) members.set(name, { label: `the reserved column ${name}`, reserved: true });
  if (userFields)
    for (const name of BUILT_IN_USER_FIELDS) members.set(name, { label: `the built-in User field ${name}` });
  ref.entity?.fields.forEach((field, index) => {
    if (members.has(field.name)) return;
    const path = fieldPath(view, ref.index!, index, 'name');
    members.set(field.name, { label: `the field ${field.name} (fields[${path[3]}])`, fieldPath: path });
  });
  return members;
}

function checkEntity(
  view: SpecView,
  ref: EntityRef,
  relations: ResolvedRelation[],
  userFields: boolean,
  report: Report,
): void {
  const members = fixedMembers(view, ref, userFields);
  for (const r of relations) {
    for (const { name, kind, end } of namesOn(ref, r)) {
      const path = ['relations', r.index, end];
      if (kind === 'foreign key' && name.length > MAX_IDENTIFIER) {
        report(
          path,
          `the foreign key ${show(name)} is ${name.length} characters long; databases allow ${MAX_IDENTIFIER}`,
        );
      }
      const existing = members.get(name);
      if (!existing) {
        members.set(name, { label: `the ${kind} ${name} of relations[${r.index}]` });
        continue;
      }
      // An attribute named like a reserved column is reported by relations.ts.
      if (kind === 'attribute' && existing.reserved) continue;
      report(path, `the ${kind} ${show(name)} on ${ref.name} clashes with ${existing.label}${derivedNote(r, end)}`);
      if (existing.fieldPath) {
        report(
          existing.fieldPath,
          `${show(name)} is also the ${kind} that relations[${r.index}] (${r.relation.from} → ${r.relation.to}) adds to ${ref.name}`,
        );
      }
    }
  }
}

export const relationNameRule: Rule = (view, report) => {
  const refs = entityRefs(view);
  const relations = resolveRelations(view, refs);
  if (relations.length === 0) return;
  for (const ref of refs.values()) {
    checkEntity(view, ref, relations, ref.name === 'User' && hasAuth(view.project), report);
  }
};
