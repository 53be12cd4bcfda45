/**
 * The Python text of one generated test module that is not test data: its imports, and
 * its constant tuples and lists as literals.
 */
import { pyString } from '../escape';
import type { EntityView } from './entity';
import type { EntityTestView } from './entity-tests';
import { Imports, pyStrings } from './python';

export function literals(view: EntityTestView): EntityTestView['literals'] {
  const list = (items: string[]) => `[${items.map(pyString).join(', ')}]`;
  return {
    required: pyStrings(view.required),
    nullable: pyStrings(view.nullable),
    idLists: pyStrings(view.idLists),
    serverSet: pyStrings(view.serverSet),
    defaults: `{${view.defaults.map((d) => `${pyString(d.name)}: ${d.value}`).join(', ')}}`,
    containsLiteral: list(view.containsLiteral),
    nonNullable: list(view.nonNullable),
    unique: list(view.unique),
    badSort: list(view.badSort),
    autoNow: list(view.autoNow),
  };
}

export function testImports(entity: EntityView, view: EntityTestView): string[] {
  const imports = new Imports().add('typing', 'Any').module('pytest').add('httpx', 'AsyncClient');
  imports.add('tests.factories', ...view.factoryImports);
  imports.add('tests.helpers', 'assert_error', 'assert_validation_error', 'ids');
  if (entity.auditFields || view.autoNow.length > 0)
    imports.module('datetime', 'dt').add('tests.helpers', 'as_datetime');
  if (view.converters.includes('as_datetime')) imports.add('tests.helpers', 'as_datetime');
  if (view.converters.includes('Decimal')) imports.add('decimal', 'Decimal');
  if (view.filters.length > 0) imports.add('tests.helpers', 'filter_case');
  if (view.foreignKeys.length > 0) imports.add('tests.helpers', 'as_param');
  if (entity.softDelete) {
    imports.add('fastapi', 'FastAPI').add('sqlalchemy', 'select').add(`app.models.${entity.module}`, entity.name);
    if (entity.idType === 'UUID') imports.add('uuid', 'UUID');
  }
  const access = view.access;
  if (access.signedIn) imports.add('tests.auth', 'SignedIn');
  if (access.otherMember && access.multiTenant) imports.add('tests.auth', 'invite', 'sign_up');
  if (access.tenantScoped) {
    imports.add('collections.abc', 'AsyncIterator').add('fastapi', 'FastAPI').add('httpx', 'ASGITransport');
  }
  return imports.lines();
}

export function usedConverters(view: EntityTestView): string[] {
  // Only the printed tables: invalid values are compared by location, not converted.
  const all = [...view.boundaries, ...view.sorts, ...view.filters].map((item) => item.convert);
  return [...new Set(all)].sort();
}

export function factoryImports(entity: EntityView, view: EntityTestView): string[] {
  const names = new Set([`build_${entity.module}`, `create_${entity.module}`]);
  if (view.patchKey) names.add(`${entity.module.toUpperCase()}_PAYLOADS`);
  for (const fk of view.foreignKeys) names.add(`create_${fk.parentModule}`).add(fk.parentUrl);
  for (const list of view.idListCases) names.add(`create_${list.otherModule}`).add(list.otherUrl);
  return [...names].sort();
}
