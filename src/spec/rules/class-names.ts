/**
 * Python classes: an entity's class `<E>`, its schemas `<E>Create` / `<E>Update` /
 * `<E>Response` and its enum classes `<Entity><Field>` may not collide with each other, with
 * another entity's classes, with the built-in User / Tenant classes, or with a name the
 * generated code imports or defines (RESERVED_CLASS_NAMES).
 */
import { enumClassName } from '../naming';
import type { Path } from '../paths';
import { BUILT_IN_USER_FIELDS, MULTI_TENANT_CLASS_NAMES, RESERVED_CLASS_NAMES } from '../reserved-names';
import { show } from '../show';
import { hasAuth } from './model';
import { eachParsed, fieldPath, type Rule } from './types';

export const schemaClasses = (entity: string): string[] => [`${entity}Create`, `${entity}Update`, `${entity}Response`];

export const classNameRule: Rule = (view, report) => {
  const { project } = view;
  const owners = new Map<string, string>();
  for (const name of RESERVED_CLASS_NAMES) owners.set(name, `the class ${name} the generated code already uses`);
  const auth = hasAuth(project);
  if (auth) {
    for (const name of ['User', ...schemaClasses('User'), enumClassName('User', 'role')]) {
      owners.set(name, `the class ${name} of the built-in User`);
    }
  }
  const tenants = project?.multiTenant === true;
  if (tenants) {
    for (const table of MULTI_TENANT_CLASS_NAMES) {
      for (const name of [table, ...schemaClasses(table)])
        owners.set(name, `the class ${name} of the built-in tenant tables`);
    }
  }
  const seen = new Set<string>();
  const claim = (name: string, path: Path, what: string, owner: string) => {
    const taken = owners.get(name);
    if (taken) report(path, `${what} collides with ${taken}`);
    else owners.set(name, owner);
  };
  eachParsed(view.entities, (entity, index) => {
    const { name } = entity;
    // A repeated name is reported by entity-names.ts; `User` and `Tenant` there too.
    if (seen.has(name.toLowerCase())) return;
    seen.add(name.toLowerCase());
    const namePath = ['entities', index, 'name'];
    const of = `entity ${name} (entities[${index}])`;
    const builtIn = (auth && name === 'User') || (tenants && MULTI_TENANT_CLASS_NAMES.has(name));
    if (!builtIn) {
      claim(name, namePath, `${show(name)}`, `the class of ${of}`);
      for (const schema of schemaClasses(name)) {
        claim(schema, namePath, `its schema class ${schema}`, `the schema class ${schema} of ${of}`);
      }
    }
    entity.fields.forEach((field, fieldIndex) => {
      // A redeclared built-in User field is reported by field-names.ts.
      if (field.type !== 'enum' || (builtIn && name === 'User' && BUILT_IN_USER_FIELDS.has(field.name))) return;
      const enumClass = enumClassName(name, field.name);
      const path = fieldPath(view, index, fieldIndex, 'name');
      claim(enumClass, path, `its enum class ${enumClass}`, `the enum class ${enumClass} of ${of}.${field.name}`);
    });
  });
};
