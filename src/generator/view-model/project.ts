/**
 * Project-wide facts: settings (with their defaults and docs), dependencies, the API
 * prefix and pagination, and which optional features the spec turns on.
 */
import type { Spec } from '../../spec';
import { pyString, tomlString } from '../escape';
import { SECRET_KEY_PLACEHOLDER } from './deploy-k8s';
import { oauthSettings } from './oauth';
import type { PythonTarget } from './python';

export interface SettingView {
  /** Environment variable, `DATABASE_URL`. */
  env: string;
  /** Settings attribute, `database_url`. */
  attr: string;
  /** Python annotation. */
  annotation: string;
  /** Python default expression. */
  default: string;
  /** What `.env.example` shows (the default, or an empty value). */
  example: string;
  description: string;
}

export interface ProjectView {
  name: string;
  title: string;
  description: string;
  version: string;
  apiPrefix: string;
  pagination: 'offset' | 'page';
  defaultPageSize: number;
  maxPageSize: number;
  database: { kind: Spec['project']['database']; label: string; driver: string; defaultUrl: string };
  settings: SettingView[];
  /** Python literal of the shipped SECRET_KEY, which production refuses. */
  secretKeyPlaceholder: string;
  dependencies: string[];
  devDependencies: string[];
  requiresPython: string;
  /** api.rateLimit: the default of RATE_LIMIT_PER_MINUTE, or null when the spec has no rate limit. */
  rateLimit: { requestsPerMinute: number } | null;
}

/** Tokens (PyJWT), password hashes (Argon2) and the login form (python-multipart). */
const AUTH_DEPENDENCIES = ['pyjwt>=2.9', 'argon2-cffi>=23.1', 'python-multipart>=0.0.9'];

const DRIVERS = { postgresql: 'asyncpg', mysql: 'aiomysql', sqlite: 'aiosqlite' } as const;
const LABELS = { postgresql: 'PostgreSQL', mysql: 'MySQL', sqlite: 'SQLite' } as const;

/** The spec's database on localhost, with the credentials docker-compose.yml uses. */
function defaultDatabaseUrl(spec: Spec): string {
  const name = spec.project.name;
  switch (spec.project.database) {
    case 'sqlite':
      return 'sqlite+aiosqlite:///./app.db';
    case 'postgresql':
      return `postgresql+asyncpg://app:app@localhost:5432/${name}`;
    case 'mysql':
      return `mysql+aiomysql://app:app@localhost:3306/${name}?charset=utf8mb4`;
  }
}

const setting = (
  env: string,
  annotation: string,
  value: string | number | boolean | null,
  description: string,
  example?: string,
): SettingView => ({
  env,
  attr: env.toLowerCase(),
  annotation,
  default:
    value === null
      ? 'None'
      : typeof value === 'string'
        ? pyString(value)
        : typeof value === 'boolean'
          ? value
            ? 'True'
            : 'False'
          : String(value),
  example: example ?? (value === null ? '' : String(value)),
  description,
});

function settings(spec: Spec): SettingView[] {
  const { project, api } = spec;
  const auth = project.auth !== 'none';
  const redis = api.rateLimit !== null || (api.websockets && api.websocketBroker === 'redis');
  return [
    setting(
      'ENVIRONMENT',
      'Literal["development", "test", "production"]',
      'development',
      'development, test or production; production refuses the placeholder SECRET_KEY and logs JSON.',
    ),
    setting(
      'DATABASE_URL',
      'str',
      defaultDatabaseUrl(spec),
      'SQLAlchemy URL with an async driver (sqlite+aiosqlite, postgresql+asyncpg, mysql+aiomysql).',
    ),
    setting('DB_POOL_SIZE', 'int', 5, 'Connections kept open per process (not used with SQLite).'),
    setting('DB_MAX_OVERFLOW', 'int', 10, 'Extra connections allowed beyond the pool size under load.'),
    setting('DB_POOL_TIMEOUT', 'float', 30, 'Seconds to wait for a free connection before failing.'),
    setting('DB_POOL_RECYCLE', 'int', 1800, 'Seconds after which a pooled connection is replaced.'),
    setting('DB_ECHO', 'bool', false, 'Log every SQL statement (development only).'),
    {
      ...setting(
        'SECRET_KEY',
        'SecretStr',
        SECRET_KEY_PLACEHOLDER,
        'Signing key; set a long random value in production.',
      ),
      default: 'SecretStr(SECRET_KEY_PLACEHOLDER)',
    },
    ...(auth
      ? [
          setting('ACCESS_TOKEN_EXPIRE_MINUTES', 'int', 15, 'Lifetime of access tokens.'),
          setting('REFRESH_TOKEN_EXPIRE_DAYS', 'int', 7, 'Lifetime of refresh tokens.'),
          setting('ADMIN_EMAIL', 'str | None', null, 'The user registering with this email becomes an admin.'),
          ...(project.multiTenant
            ? [setting('INVITATION_EXPIRE_DAYS', 'int', 7, 'Days a tenant invitation code stays valid.')]
            : []),
        ]
      : []),
    setting(
      'LOG_LEVEL',
      'Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"]',
      'INFO',
      'Minimum level of log lines.',
    ),
    {
      env: 'CORS_ORIGINS',
      attr: 'cors_origins',
      annotation: 'Annotated[list[str], NoDecode]',
      default: api.corsOrigins.length
        ? `Field(default_factory=lambda: [${api.corsOrigins.map(pyString).join(', ')}])`
        : 'Field(default_factory=list)',
      example: api.corsOrigins.join(','),
      description: 'Origins allowed to call the API from a browser, comma-separated.',
    },
    ...(redis
      ? [
          setting(
            'REDIS_URL',
            'str | None',
            null,
            'Redis for rate limits and WebSocket fan-out; memory when empty.',
            'redis://localhost:6379/0',
          ),
        ]
      : []),
    ...(api.rateLimit
      ? [
          {
            ...setting(
              'RATE_LIMIT_PER_MINUTE',
              'int',
              api.rateLimit.requestsPerMinute,
              'Requests a client (a user, else an address) may make per minute; beyond it 429 with Retry-After.',
            ),
            annotation: 'Annotated[int, Field(ge=1)]',
          },
        ]
      : []),
    ...oauthSettings(spec),
    ...(api.websockets
      ? [
          {
            ...setting('WS_HEARTBEAT_SECONDS', 'float', 30, 'Seconds between WebSocket pings.'),
            annotation: 'Annotated[float, Field(gt=0)]',
          },
        ]
      : []),
    ...(api.websockets && api.websocketBroker === 'redis'
      ? [
          setting(
            'WS_REDIS_CHANNEL',
            'str',
            `${project.name}:events`,
            'Redis channel that carries WebSocket events between replicas (one per deployment).',
          ),
        ]
      : []),
  ];
}

export function buildProjectView(spec: Spec, target: PythonTarget): ProjectView {
  const { project, api } = spec;
  const driver = DRIVERS[project.database];
  const drivers = Object.values(DRIVERS);
  const runtime = [
    'fastapi>=0.115',
    'uvicorn>=0.30',
    'sqlalchemy[asyncio]>=2.0.36',
    'alembic>=1.16',
    'pydantic>=2.7',
    'pydantic-settings>=2.7',
    'email-validator>=2.1',
  ];
  const driverRequirement = (name: string) =>
    `${name}>=${name === 'aiomysql' ? '0.2' : name === 'asyncpg' ? '0.30' : '0.20'}`;
  const runtimeDrivers = [...new Set(['aiosqlite', driver])];
  // Redis backs rate limits and the WebSocket broker (the feature code arrives with them).
  const redis = api.rateLimit !== null || (api.websockets && api.websocketBroker === 'redis');
  return {
    name: project.name,
    title: project.title,
    description: project.description,
    version: '0.1.0',
    apiPrefix: api.prefix,
    pagination: api.pagination,
    defaultPageSize: api.defaultPageSize,
    maxPageSize: api.maxPageSize,
    database: { kind: project.database, label: LABELS[project.database], driver, defaultUrl: defaultDatabaseUrl(spec) },
    settings: settings(spec),
    secretKeyPlaceholder: pyString(SECRET_KEY_PLACEHOLDER),
    dependencies: [
      ...runtime,
      ...runtimeDrivers.map(driverRequirement),
      ...(redis ? ['redis>=5.0.1'] : []), // 5.0.1: Redis.aclose()
      // uvicorn serves WebSockets only with a WebSocket library installed.
      ...(api.websockets ? ['websockets>=13.0'] : []),
      ...(project.auth !== 'none' ? AUTH_DEPENDENCIES : []),
      ...(project.auth === 'oauth2' ? ['httpx>=0.27'] : []),
    ].map(tomlString),
    devDependencies: [
      'pytest>=8.3',
      'pytest-asyncio>=0.24',
      'httpx>=0.27',
      'ruff==0.16.9',
      'mypy>=1.13',
      ...drivers.filter((name) => !runtimeDrivers.includes(name)).map(driverRequirement),
    ].map(tomlString),
    requiresPython: tomlString(`>=${target.version}`),
    rateLimit: api.rateLimit && { requestsPerMinute: api.rateLimit.requestsPerMinute },
  };
}
