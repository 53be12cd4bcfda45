/** project: name not a keyword nor a shadowing module; oauth2 providers; multiTenant needs auth. */
import { PYTHON_KEYWORDS, SHADOWING_MODULE_NAMES } from '../reserved-names';
import { show } from '../show';
import { reportRepeats, type Rule } from './types';

export const projectRule: Rule = ({ project }, report) => {
  if (!project) return;
  const { name, auth, oauth2Providers } = project;
  if (PYTHON_KEYWORDS.has(name)) report(['project', 'name'], `${show(name)} is a Python keyword`);
  else if (SHADOWING_MODULE_NAMES.has(name)) {
    report(
      ['project', 'name'],
      `${show(name)} would shadow the Python module ${name} (standard library or a dependency) when the project is imported`,
    );
  }
  if (auth === 'oauth2' && oauth2Providers.length === 0) {
    report(
      ['project', 'oauth2Providers'],
      'needs at least one provider when auth is "oauth2" (google, github, microsoft, oidc)',
    );
  }
  if (auth !== 'oauth2' && oauth2Providers.length > 0) {
    report(['project', 'oauth2Providers'], `is only allowed with auth "oauth2" (auth is ${show(auth)})`);
  }
  reportRepeats(
    oauth2Providers,
    (provider) => provider,
    (index, first) =>
      report(
        ['project', 'oauth2Providers', index],
        `${show(oauth2Providers[index])} is listed twice (first at oauth2Providers[${first}])`,
      ),
  );
  if (project.multiTenant && auth === 'none') {
    report(
      ['project', 'multiTenant'],
      'multiTenant needs auth "jwt" or "oauth2" (auth is "none"): tenants are per user',
    );
  }
};
