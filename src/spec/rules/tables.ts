/**
 * Tables and routes: two entities cannot share a table (plural), a plural cannot take a
 * built-in table or route, and every many-to-many junction table `<from plural>_<to plural>`
 * is unique too and short enough for PostgreSQL and MySQL (63 characters).
 */
import { RESERVED_PLURALS } from '../reserved-names';
import type { Path } from '../paths';
import { show } from '../show';
import { entityRefs, hasAuth, resolveRelations } from './model';
import type { Rule, SpecView } from './types';

export const MAX_IDENTIFIER = 63;

function builtInTables(view: SpecView): Map<string, string> {
  const taken = new Map<string, string>();
  const add = (names: readonly string[], what: string) => names.forEach((name) => taken.set(name, what));
  add(RESERVED_PLURALS.always, 'a built-in table or route');
  const { project } = view;
  if (hasAuth(project)) add(RESERVED_PLURALS.auth, 'a built-in table or route of auth');
  if (project?.multiTenant) add(RESERVED_PLURALS.multiTenant, 'a built-in table or route of multiTenant');
  if (view.api?.websockets) add(RESERVED_PLURALS.websockets, 'the websocket route');
  return taken;
}

export const tableRule: Rule = (view, report) => {
  const taken = builtInTables(view);
  const refs = entityRefs(view);
  const declared = (path: Path, plural: string, name: string) =>
    path[2] === 'plural' ? show(plural) : `the plural ${show(plural)} (derived from ${show(name)})`;
  if (!refs.get('User')?.entity && refs.has('User')) taken.set('users', 'the table of the built-in User');
  const names = new Set<string>();
  for (const ref of refs.values()) {
    // A repeated entity name (compared case-insensitively) is reported by entity-names.ts.
    if (!ref.pluralPath || names.has(ref.name.toLowerCase())) continue;
    names.add(ref.name.toLowerCase());
    const owner = taken.get(ref.plural);
    if (owner) {
      report(
        ref.pluralPath,
        `${declared(ref.pluralPath, ref.plural, ref.name)} is already ${owner}; two tables cannot share a name (set plural)`,
      );
    } else taken.set(ref.plural, `the table of ${ref.name} (entities[${ref.index}])`);
  }
  for (const r of resolveRelations(view, refs)) {
    if (r.relation.kind !== 'many-to-many') continue;
    const junction = `${r.from.plural}_${r.to.plural}`;
    const path = ['relations', r.index];
    const owner = taken.get(junction);
    if (owner) report(path, `its junction table ${show(junction)} is already ${owner}`);
    else taken.set(junction, `the junction table of relations[${r.index}]`);
    if (junction.length > MAX_IDENTIFIER) {
      report(
        path,
        `its junction table ${show(junction)} is ${junction.length} characters long; databases allow ${MAX_IDENTIFIER} (set shorter plurals)`,
      );
    }
  }
};
