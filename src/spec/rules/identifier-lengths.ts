/**
 * Table and column names the spec does not write but derives, held to the 63 characters
 * PostgreSQL keeps (it cuts longer identifiers) and MySQL accepts (64): a table named after
 * its entity (`HTTPRequestLog` → `http_request_logs`) and the columns of a many-to-many
 * junction table (`<entity in snake_case>_id`, or `<singular of toName>_id` on a self
 * relation). Written plurals, field names and foreign keys are checked where they are written.
 */
import { singularize, snakeCase } from '../naming';
import { show } from '../show';
import { entityRefs, resolveRelations } from './model';
import { MAX_IDENTIFIER } from './tables';
import type { Rule } from './types';

/** A junction column and the relation key that names it. */
type Column = [string, 'from' | 'to' | 'toName' | 'fromName'];

const tooLong = (what: string, name: string) =>
  `${what} ${show(name)} is ${name.length} characters long; databases allow ${MAX_IDENTIFIER}`;

export const identifierLengthRule: Rule = (view, report) => {
  const refs = entityRefs(view);
  for (const ref of refs.values()) {
    if (ref.entity && ref.entity.plural === undefined && ref.plural.length > MAX_IDENTIFIER) {
      report(['entities', ref.index!, 'name'], `${tooLong('its table name', ref.plural)} (set plural)`);
    }
  }
  for (const r of resolveRelations(view, refs)) {
    if (r.relation.kind !== 'many-to-many') continue;
    const self = r.from.name === r.to.name;
    const columns: [Column, Column] = self
      ? [
          [`${singularize(r.toName)}_id`, 'toName'],
          [`${singularize(r.fromName)}_id`, 'fromName'],
        ]
      : [
          [`${snakeCase(r.from.name)}_id`, 'from'],
          [`${snakeCase(r.to.name)}_id`, 'to'],
        ];
    // A self relation whose two columns would share a name uses source_id / target_id.
    if (self && columns[0][0] === columns[1][0]) continue;
    for (const [column, key] of columns) {
      if (column.length <= MAX_IDENTIFIER) continue;
      const hint = self ? ` (set a shorter ${key})` : '';
      report(['relations', r.index, key], `${tooLong('its junction table column', column)}${hint}`);
    }
  }
};
