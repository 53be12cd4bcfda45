/** Entity access levels and tenant scope against the project's auth and multiTenant. */
import { show } from '../show';
import { eachParsed, type Rule } from './types';

export const accessRule: Rule = (view, report) => {
  const { project } = view;
  if (!project) return;
  eachParsed(view.entities, (entity, index) => {
    if (project.auth === 'none' && entity.access) {
      for (const key of ['read', 'write'] as const) {
        const level = entity.access[key];
        if (level === 'public') continue;
        report(
          ['entities', index, 'access', key],
          `${show(level)} needs authentication, but project.auth is "none": the only access level then is "public"`,
        );
      }
    }
    if (entity.tenantScoped && !project.multiTenant) {
      report(['entities', index, 'tenantScoped'], 'tenantScoped: true needs project.multiTenant: true');
    }
  });
};
