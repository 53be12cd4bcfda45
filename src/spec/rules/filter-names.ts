/**
 * Filterable fields are query parameters of their entity's list endpoint (`field=v`,
 * `field__in=`, …), so their names may not be taken by another parameter there:
 * - the page parameters of the spec's pagination mode (`limit`/`offset` or `page`/`size`)
 *   and `sort`, which the endpoint reads first. The other mode's names are free: a
 *   filterable `page` is fine with offset pagination (changing the mode re-checks the spec);
 * - `<other>__<operator>` where `<other>` is filterable on the same entity (a field or a
 *   foreign key): `price__gte` would be read as the filter on `price__gte`, never as
 *   `price >= …`.
 */
import type { ParsedSpec } from '../schema';
import { show } from '../show';
import { foreignKeyName, resolveRelations } from './model';
import { eachField, type Rule, type SpecView } from './types';

const PAGE_PARAMETERS: Record<ParsedSpec['api']['pagination'], readonly string[]> = {
  offset: ['limit', 'offset'],
  page: ['page', 'size'],
};

/** The filter operators a list endpoint reads from a `__` suffix (generated app/core/query.py). */
export const FILTER_OPERATORS = ['in', 'gte', 'lte', 'contains'] as const;

const OPERATOR_SUFFIX = new RegExp(`^(.+)__(${FILTER_OPERATORS.join('|')})$`);

/** Names of the foreign keys each entity holds (always filterable), by entity name. */
function foreignKeysByEntity(view: SpecView): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const r of resolveRelations(view)) {
    if (r.relation.kind === 'many-to-many') continue;
    const names = out.get(r.to.name) ?? new Set<string>();
    names.add(foreignKeyName(r.toName));
    out.set(r.to.name, names);
  }
  return out;
}

export const filterNameRule: Rule = (view, report) => {
  const mode = view.api?.pagination;
  // Without a parsed api the mode is unknown: only `sort` is certain.
  const reserved = new Set([...(mode ? PAGE_PARAMETERS[mode] : []), 'sort']);
  const foreignKeys = foreignKeysByEntity(view);
  eachField(view, (field, at, entity) => {
    if (!field.filterable) return;
    if (reserved.has(field.name)) {
      const whose = field.name === 'sort' ? 'every list endpoint' : `every list endpoint with ${mode} pagination`;
      report(
        at('filterable'),
        `${show(field.name)} is a query parameter of ${whose}, so it cannot also be a filter; rename the field or make it not filterable`,
      );
      return;
    }
    const [, base, operator] = OPERATOR_SUFFIX.exec(field.name) ?? [];
    if (base === undefined) return;
    const filterable = entity.fields.some((other) => other.name === base && other.filterable);
    const foreignKey = foreignKeys.get(entity.name)?.has(base) ?? false;
    if (filterable || foreignKey) {
      const what = filterable ? 'filterable field' : 'foreign key';
      report(
        at('filterable'),
        `${show(field.name)} is also the "${operator}" filter of the ${what} ${show(base)}; rename the field or make it not filterable`,
      );
    }
  });
};
