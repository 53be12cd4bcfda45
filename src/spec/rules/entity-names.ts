/**
 * entities[].name: not a keyword (also as a module), not a built-in module, `User` only with
 * auth, `Tenant` / `TenantInvitation` not with multiTenant, unique case-insensitively.
 * (Reserved and derived class names: class-names.ts.)
 */
import {
  MULTI_TENANT_CLASS_NAMES,
  MULTI_TENANT_ENTITY_MODULES,
  PYTHON_KEYWORDS,
  RESERVED_ENTITY_MODULES,
} from '../reserved-names';
import { show } from '../show';
import { moduleName } from './model';
import { eachParsed, reportRepeats, type Rule } from './types';

export const entityNameRule: Rule = (view, report) => {
  const { project } = view;
  const named: { name: string; index: number }[] = [];
  eachParsed(view.entities, ({ name }, index) => {
    named.push({ name, index });
    const path = ['entities', index, 'name'];
    const module = moduleName(name);
    if (PYTHON_KEYWORDS.has(name)) report(path, `${show(name)} is a Python keyword`);
    else if (PYTHON_KEYWORDS.has(module)) {
      report(path, `${show(name)} would make the module ${module}.py, and ${show(module)} is a Python keyword`);
    }
    if (RESERVED_ENTITY_MODULES.has(module)) {
      report(path, `${show(name)} would make the module ${module}.py, which every generated project already has`);
    }
    if (!project) return;
    if (name === 'User' && project.auth === 'none') {
      report(path, '"User" is only allowed when project.auth is not "none" (it extends the built-in user)');
    } else if (module === 'user' && name !== 'User' && project.auth !== 'none') {
      report(path, `${show(name)} collides with the built-in User (entity names are compared case-insensitively)`);
    }
    if (project.multiTenant && (MULTI_TENANT_CLASS_NAMES.has(name) || MULTI_TENANT_ENTITY_MODULES.has(module))) {
      report(
        path,
        `${show(name)} is reserved in a multi-tenant project, which has built-in Tenant and TenantInvitation tables`,
      );
    }
  });
  reportRepeats(
    named,
    ({ name }) => name.toLowerCase(),
    (at, first) => {
      const { name, index } = named[at]!;
      const other = named[first]!;
      const also = other.name === name ? '' : ` (${show(other.name)})`;
      report(
        ['entities', index, 'name'],
        `${show(name)} is already the name of entities[${other.index}]${also}; entity names are compared case-insensitively`,
      );
    },
  );
};
