/**
 * entities[].fields[].name: not a hard keyword (soft keywords such as `type` and `match` are
 * fine), not a reserved column, unique within its entity, and on `User` not a built-in user field.
 * Clashes with relation names: relation-names.ts.
 */
import { BUILT_IN_USER_FIELDS, PYTHON_KEYWORDS, RESERVED_FIELD_NAMES } from '../reserved-names';
import { show } from '../show';
import { hasAuth } from './model';
import { eachParsed, fieldPath, reportRepeats, type Rule } from './types';

const RESERVED_BECAUSE: Record<string, string> = {
  id: 'the primary key',
  created_at: 'an audit column',
  updated_at: 'an audit column',
  deleted_at: 'the soft-delete column',
  tenant_id: 'the tenant column',
  owner_id: 'the owner column',
  metadata: "an attribute of SQLAlchemy's declarative base",
  registry: "an attribute of SQLAlchemy's declarative base",
};

/** Why `name` cannot be a field or relation attribute, or undefined. */
export function attributeNameProblem(name: string): string | undefined {
  if (PYTHON_KEYWORDS.has(name)) return `${show(name)} is a Python keyword`;
  if (RESERVED_FIELD_NAMES.has(name)) {
    return `${show(name)} is reserved: every generated model may have it (${RESERVED_BECAUSE[name] ?? 'built in'})`;
  }
  return undefined;
}

export const fieldNameRule: Rule = (view, report) => {
  eachParsed(view.entities, (entity, entityIndex) => {
    const path = (index: number) => fieldPath(view, entityIndex, index, 'name');
    const isUser = entity.name === 'User' && hasAuth(view.project);
    entity.fields.forEach(({ name }, index) => {
      const problem = attributeNameProblem(name);
      if (problem) report(path(index), problem);
      if (isUser && BUILT_IN_USER_FIELDS.has(name)) {
        report(path(index), `${show(name)} is a built-in field of User and may not be redeclared`);
      }
    });
    reportRepeats(
      entity.fields,
      (field) => field.name,
      (index, first) =>
        report(
          path(index),
          `${show(entity.fields[index]!.name)} is already the name of fields[${view.fieldIndex(entityIndex, first)}]`,
        ),
    );
  });
};
