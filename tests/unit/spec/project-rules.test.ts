/** project, access, api and deploy rules: a passing and a failing case each, with path and reason. */
import { describe, expect, it } from 'vitest';
import { errorsOf, expectError, expectValid, spec } from './support/specs';

const project = (patch: Record<string, unknown>) => spec((s) => Object.assign(s.project, patch));

describe('project', () => {
  it.each([
    ['a Python keyword', { name: 'class' }, 'project.name', '"class" is a Python keyword'],
    ['a shadowing module', { name: 'json' }, 'project.name', '"json" would shadow the Python module json'],
    ['a dependency module', { name: 'sqlalchemy' }, 'project.name', 'would shadow the Python module sqlalchemy'],
    ['the pattern', { name: 'Shop' }, 'project.name', '"Shop" is not a valid project name'],
    ['a name over 40 characters', { name: `a${'b'.repeat(40)}` }, 'project.name', 'is not a valid project name'],
    ['an empty title', { title: '' }, 'project.title', 'at least 1 character is required'],
    [
      'a title over 80 characters',
      { title: 't'.repeat(81) },
      'project.title',
      'is 81 characters long; at most 80 are allowed',
    ],
    ['a description over 4000 characters', { description: 'd'.repeat(4001) }, 'project.description', 'at most 4000'],
    ['oauth2 without providers', { auth: 'oauth2' }, 'project.oauth2Providers', 'needs at least one provider'],
    [
      'providers without oauth2',
      { oauth2Providers: ['google'] },
      'project.oauth2Providers',
      'only allowed with auth "oauth2"',
    ],
    [
      'a repeated provider',
      { auth: 'oauth2', oauth2Providers: ['github', 'github'] },
      'project.oauth2Providers[1]',
      '"github" is listed twice',
    ],
    [
      'multiTenant without auth',
      { auth: 'none', multiTenant: true },
      'project.multiTenant',
      'multiTenant needs auth "jwt" or "oauth2"',
    ],
    [
      'an unknown database',
      { database: 'oracle' },
      'project.database',
      '"oracle" is not one of postgresql, mysql, sqlite',
    ],
  ])('rejects %s', (_what, patch, path, message) => {
    expectError(project(patch), path, message);
  });

  it.each([
    ['a name with digits and _', { name: 'shop_2' }],
    ['a soft keyword as name', { name: 'match' }],
    ['a 40-character name', { name: `a${'b'.repeat(39)}` }],
    ['an 80-character title', { title: 't'.repeat(80) }],
    ['oauth2 with providers', { auth: 'oauth2', oauth2Providers: ['google', 'oidc'] }],
    ['multiTenant with jwt', { multiTenant: true }],
  ])('accepts %s', (_what, patch) => {
    expectValid(project(patch));
  });
});

describe('access and tenant scope', () => {
  const entityWith = (patch: Record<string, unknown>, projectPatch: Record<string, unknown>) =>
    spec((s) => {
      Object.assign(s.project, projectPatch);
      Object.assign(s.entities[0]!, patch);
    });

  it('with auth "none" only "public" is allowed, on read and write', () => {
    const input = entityWith({ access: { read: 'authenticated', write: 'owner' } }, { auth: 'none' });
    expectError(input, 'entities[0].access.read', '"authenticated" needs authentication, but project.auth is "none"');
    expectError(input, 'entities[0].access.write', '"owner" needs authentication');
    expectValid(entityWith({ access: { read: 'public', write: 'public' } }, { auth: 'none' }));
    expectValid(entityWith({ access: { read: 'public', write: 'admin' } }, { auth: 'jwt' }));
  });

  it('an unknown access level or key', () => {
    expectError(
      entityWith({ access: { read: 'everyone', write: 'public' } }, {}),
      'entities[0].access.read',
      'is not one of public, authenticated, owner, admin',
    );
    expectError(
      entityWith({ access: { read: 'public', write: 'public', delete: 'admin' } }, {}),
      'entities[0].access.delete',
      'is not a key of access',
    );
  });

  it('tenantScoped: true needs multiTenant', () => {
    expectError(
      entityWith({ tenantScoped: true }, {}),
      'entities[0].tenantScoped',
      'tenantScoped: true needs project.multiTenant: true',
    );
    expectValid(entityWith({ tenantScoped: true }, { multiTenant: true }));
    const global = expectValid(entityWith({ tenantScoped: false }, { multiTenant: true }));
    expect(global.entities[0]!.tenantScoped).toBe(false);
  });
});

describe('api', () => {
  const api = (patch: Record<string, unknown>) => spec((s) => Object.assign(s.api, patch));

  it.each([
    [
      'defaultPageSize above maxPageSize',
      { defaultPageSize: 50, maxPageSize: 20 },
      'api.defaultPageSize',
      '50 is above maxPageSize 20',
    ],
    ['maxPageSize above 1000', { maxPageSize: 1001 }, 'api.maxPageSize', '1001 is above the maximum 1000'],
    ['a page size of 0', { defaultPageSize: 0 }, 'api.defaultPageSize', '0 is below the minimum 1'],
    ['a prefix without /', { prefix: 'api' }, 'api.prefix', '"api" is not a route prefix'],
    ['a prefix with a trailing /', { prefix: '/api/' }, 'api.prefix', 'is not a route prefix'],
    [
      'a repeated origin',
      { corsOrigins: ['https://a.example', 'https://A.example'] },
      'api.corsOrigins[1]',
      'is listed twice (first at corsOrigins[0])',
    ],
    [
      'an origin with a path',
      { corsOrigins: ['https://a.example/app'] },
      'api.corsOrigins[0]',
      'is not an origin such as https://example.com',
    ],
    [
      'an origin with port 70000',
      { corsOrigins: ['http://localhost:70000'] },
      'api.corsOrigins[0]',
      'ports run from 1 to 65535',
    ],
    [
      'rateLimit 0',
      { rateLimit: { requestsPerMinute: 0 } },
      'api.rateLimit.requestsPerMinute',
      '0 is below the minimum 1',
    ],
    [
      'rateLimit above 100000',
      { rateLimit: { requestsPerMinute: 100001 } },
      'api.rateLimit.requestsPerMinute',
      'above the maximum 100000',
    ],
    [
      'rateLimit as a number',
      { rateLimit: 600 },
      'api.rateLimit',
      'must be null or an object such as {"requestsPerMinute": 600}, not 600',
    ],
    ['an unknown broker', { websocketBroker: 'kafka' }, 'api.websocketBroker', '"kafka" is not one of memory, redis'],
  ])('rejects %s', (_what, patch, path, message) => {
    expectError(api(patch), path, message);
  });

  it.each([
    ['equal page sizes', { defaultPageSize: 100, maxPageSize: 100 }],
    ['an empty prefix', { prefix: '' }],
    ['a nested prefix', { prefix: '/api/v2-beta' }],
    ['origins with ports', { corsOrigins: ['http://localhost:5173', 'https://app.example.com'] }],
    ['rateLimit bounds', { rateLimit: { requestsPerMinute: 100000 } }],
    ['rateLimit null', { rateLimit: null }],
    ['a redis broker without websockets (meaningless but allowed)', { websocketBroker: 'redis' }],
  ])('accepts %s', (_what, patch) => {
    expectValid(api(patch));
  });
});

describe('deploy', () => {
  it('ci providers are unique', () => {
    expectError(
      spec((s) => (s.deploy.ci = ['github', 'gitlab', 'github'])),
      'deploy.ci[2]',
      '"github" is listed twice (first at ci[0])',
    );
    expectValid(spec((s) => (s.deploy.ci = ['github', 'gitlab', 'circleci'])));
    expectValid(spec((s) => (s.deploy.ci = [])));
  });

  it('an unknown ci provider', () => {
    expectError(
      spec((s) => (s.deploy.ci = ['jenkins'])),
      'deploy.ci[0]',
      '"jenkins" is not one of github, gitlab, circleci',
    );
    expect(errorsOf(spec((s) => (s.deploy.docker = 'yes')))).toEqual([
      { path: 'deploy.docker', message: 'must be true or false, not "yes"' },
    ]);
  });
});
