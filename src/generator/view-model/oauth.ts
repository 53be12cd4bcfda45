/**
 * Sign-in through OAuth2 / OpenID Connect providers (auth "oauth2"): which providers the
 * spec lists, how each one is shown, and the settings that configure them.
 */
import type { Spec } from '../../spec';
import { pyString } from '../escape';
import type { SettingView } from './project';

type ProviderName = Spec['project']['oauth2Providers'][number];

export interface OAuthProviderView {
  /** Route segment and settings prefix: `google` → `/auth/google/login`, `GOOGLE_CLIENT_ID`. */
  name: ProviderName;
  /** Shown in docs and messages: `Google`. */
  label: string;
  /** Upper-case prefix of the provider's environment variables. */
  env: string;
  /** Where the provider's app is registered (README). */
  console: string;
}

export interface OAuthView {
  /** Auth is "oauth2" (then at least one provider is listed). */
  enabled: boolean;
  providers: OAuthProviderView[];
  /** The spec lists this provider (templates branch on each one's specifics). */
  google: boolean;
  github: boolean;
  microsoft: boolean;
  oidc: boolean;
  /** `"google", "github"`: the Python literals of every provider, in spec order. */
  namesLiteral: string;
  /** `Google and GitHub`, for docstrings and the README. */
  labels: string;
}

const PROVIDERS: Record<ProviderName, Omit<OAuthProviderView, 'name'>> = {
  google: { label: 'Google', env: 'GOOGLE', console: 'https://console.cloud.google.com/apis/credentials' },
  github: { label: 'GitHub', env: 'GITHUB', console: 'https://github.com/settings/developers' },
  microsoft: {
    label: 'Microsoft',
    env: 'MICROSOFT',
    console: 'https://entra.microsoft.com, App registrations',
  },
  oidc: { label: 'OpenID Connect', env: 'OIDC', console: "your identity provider's admin console" },
};

const englishList = (items: string[]): string =>
  items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

export function buildOAuthView(spec: Spec): OAuthView {
  const names = spec.project.auth === 'oauth2' ? spec.project.oauth2Providers : [];
  const providers = names.map((name) => ({ name, ...PROVIDERS[name] }));
  return {
    enabled: spec.project.auth === 'oauth2',
    providers,
    google: names.includes('google'),
    github: names.includes('github'),
    microsoft: names.includes('microsoft'),
    oidc: names.includes('oidc'),
    namesLiteral: names.map((name) => pyString(name)).join(', '),
    labels: englishList(providers.map((provider) => provider.label)),
  };
}

const optional = (env: string, annotation: string, description: string): SettingView => ({
  env,
  attr: env.toLowerCase(),
  annotation: `${annotation} | None`,
  default: 'None',
  example: '',
  description,
});

const url = (env: string, value: string, description: string): SettingView => ({
  env,
  attr: env.toLowerCase(),
  annotation: 'str',
  default: pyString(value),
  example: value,
  description,
});

/** The client of one provider, and where its endpoints are (overridable for staging or tests). */
function providerSettings(name: ProviderName): SettingView[] {
  const { label, env } = PROVIDERS[name];
  const client = [
    optional(
      `${env}_CLIENT_ID`,
      'str',
      `${label} OAuth client id; sign-in with ${label} answers 404 while it is empty.`,
    ),
    optional(`${env}_CLIENT_SECRET`, 'SecretStr', `${label} OAuth client secret.`),
  ];
  switch (name) {
    case 'google':
      return [
        ...client,
        url(
          'GOOGLE_AUTHORIZATION_URL',
          'https://accounts.google.com/o/oauth2/v2/auth',
          'Google authorization endpoint.',
        ),
        url('GOOGLE_TOKEN_URL', 'https://oauth2.googleapis.com/token', 'Google token endpoint.'),
        url('GOOGLE_USERINFO_URL', 'https://openidconnect.googleapis.com/v1/userinfo', 'Google userinfo endpoint.'),
      ];
    case 'github':
      return [
        ...client,
        url('GITHUB_AUTHORIZATION_URL', 'https://github.com/login/oauth/authorize', 'GitHub authorization endpoint.'),
        url('GITHUB_TOKEN_URL', 'https://github.com/login/oauth/access_token', 'GitHub token endpoint.'),
        url(
          'GITHUB_API_URL',
          'https://api.github.com',
          'GitHub REST API root (/user, /user/emails); GHE: https://<host>/api/v3.',
        ),
      ];
    case 'microsoft':
      return [
        ...client,
        url('MICROSOFT_TENANT', 'common', 'Entra ID tenant: common, organizations, consumers or a tenant id.'),
        optional(
          'MICROSOFT_AUTHORIZATION_URL',
          'str',
          'Default: https://login.microsoftonline.com/<MICROSOFT_TENANT>/oauth2/v2.0/authorize.',
        ),
        optional(
          'MICROSOFT_TOKEN_URL',
          'str',
          'Default: https://login.microsoftonline.com/<MICROSOFT_TENANT>/oauth2/v2.0/token.',
        ),
        url('MICROSOFT_USERINFO_URL', 'https://graph.microsoft.com/oidc/userinfo', 'Microsoft userinfo endpoint.'),
      ];
    case 'oidc':
      return [
        ...client,
        optional(
          'OIDC_ISSUER',
          'str',
          'Issuer URL; endpoints not set below come from <issuer>/.well-known/openid-configuration.',
        ),
        optional('OIDC_AUTHORIZATION_URL', 'str', 'Authorization endpoint (default: discovered from OIDC_ISSUER).'),
        optional('OIDC_TOKEN_URL', 'str', 'Token endpoint (default: discovered from OIDC_ISSUER).'),
        optional('OIDC_USERINFO_URL', 'str', 'Userinfo endpoint (default: discovered from OIDC_ISSUER).'),
      ];
  }
}

/** Every OAuth setting of the spec's providers (none unless auth is "oauth2"). */
export function oauthSettings(spec: Spec): SettingView[] {
  const { providers } = buildOAuthView(spec);
  if (!providers.length) return [];
  return [
    url(
      'OAUTH_REDIRECT_BASE_URL',
      'http://localhost:8000',
      `Public URL of this API as the browser sees it; providers redirect to <base>${spec.api.prefix}/auth/<provider>/callback.`,
    ),
    ...providers.flatMap(({ name }) => providerSettings(name)),
  ];
}
