import { describe, expect, it } from 'vitest';
import { renderProject } from '../../../src/generator';
import { buildViewModel } from '../../../src/generator/view-model';
import { spec } from './view-model-support';

const project = (extra: Record<string, unknown>) =>
  spec({
    project: { name: 'shop', database: 'sqlite', ...extra },
    entities: [{ name: 'Note', fields: [{ name: 'title', type: 'string' }] }],
    api: { prefix: '/v2' },
  });

const envNames = (extra: Record<string, unknown>) => buildViewModel(project(extra)).app.settings.map((s) => s.env);

describe('oauth2 providers', () => {
  it('adds settings for the listed providers only, after the redirect base URL', () => {
    const names = envNames({ auth: 'oauth2', oauth2Providers: ['github', 'oidc'] });
    expect(names).toContain('OAUTH_REDIRECT_BASE_URL');
    expect(names).toEqual(
      expect.arrayContaining(['GITHUB_CLIENT_ID', 'GITHUB_CLIENT_SECRET', 'GITHUB_API_URL', 'OIDC_ISSUER']),
    );
    expect(names.some((name) => name.startsWith('GOOGLE_') || name.startsWith('MICROSOFT_'))).toBe(false);
  });

  it('has no OAuth setting, route or module without auth "oauth2"', () => {
    expect(envNames({ auth: 'jwt' }).some((name) => name.includes('OAUTH') || name.endsWith('CLIENT_ID'))).toBe(false);
    const paths = renderProject(project({ auth: 'jwt' })).map((file) => file.path);
    expect(paths.filter((path) => path.includes('oauth.py'))).toEqual([]);
  });

  it('keeps client secrets secret and defaults the Microsoft tenant to common', () => {
    const settings = buildViewModel(project({ auth: 'oauth2', oauth2Providers: ['microsoft'] })).app.settings;
    const byEnv = new Map(settings.map((setting) => [setting.env, setting]));
    expect(byEnv.get('MICROSOFT_CLIENT_SECRET')?.annotation).toBe('SecretStr | None');
    expect(byEnv.get('MICROSOFT_TENANT')?.default).toBe('"common"');
    expect(byEnv.get('OAUTH_REDIRECT_BASE_URL')?.default).toBe('"http://localhost:8000"');
  });

  it('renders the modules, a login and a callback route per provider, and httpx at runtime', () => {
    const files = renderProject(project({ auth: 'oauth2', oauth2Providers: ['google', 'github'] }));
    const text = (path: string) => files.find((file) => file.path === path)?.content ?? '';
    for (const path of ['app/core/oauth.py', 'app/api/v1/endpoints/oauth.py', 'app/services/oauth.py']) {
      expect(text(path), path).not.toBe('');
    }
    const routes = text('app/api/v1/endpoints/oauth.py');
    for (const provider of ['google', 'github']) {
      expect(routes).toContain(`"/${provider}/login"`);
      expect(routes).toContain(`"/${provider}/callback"`);
    }
    expect(routes).not.toContain('"/microsoft/login"');
    expect(text('app/api/v1/router.py')).toContain('router.include_router(oauth_router)');
    expect(text('tests/test_oauth.py')).toContain('PROVIDERS = ["google", "github"]');
    const runtime = text('pyproject.toml').split('[project.optional-dependencies]')[0];
    expect(runtime).toContain('"httpx>=0.27"');
    expect(text('README.md')).toContain('/v2/auth/github/callback');
  });
});
