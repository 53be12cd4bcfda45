/**
 * Choices offered by the form, read from the spec's zod schema, so the form can never offer
 * a value the schema refuses or miss one it accepts.
 */
import { specSchema } from '../spec';
import { FIELD_TYPES, FIELD_VARIANTS, entitySchema, relationSchema } from '../spec/schema';

const { project, api, deploy } = specSchema.shape;
const p = project.shape;

export const PYTHON_VERSIONS = p.pythonVersion.unwrap().options;
export const DATABASES = p.database.unwrap().options;
export const AUTH_KINDS = p.auth.unwrap().options;
export const OAUTH2_PROVIDERS = p.oauth2Providers.unwrap().element.options;
export const PRIMARY_KEYS = p.primaryKey.unwrap().options;
export const PAGINATIONS = api.unwrap().shape.pagination.unwrap().options;
export const BROKERS = api.unwrap().shape.websocketBroker.unwrap().options;
export const CI_PROVIDERS = deploy.unwrap().shape.ci.unwrap().element.options;
export const ACCESS_LEVELS = entitySchema.shape.access.unwrap().shape.read.options;
export const RELATION_KINDS = relationSchema.shape.kind.options;
export const ON_DELETE = relationSchema.shape.onDelete.unwrap().options;
export const AUTO_NOW = FIELD_VARIANTS.datetime.shape.autoNow.unwrap().options;
export { FIELD_TYPES };

/** Words people read, for values that are identifiers. */
export const LABELS: Record<string, string> = {
  postgresql: 'PostgreSQL',
  mysql: 'MySQL / MariaDB',
  sqlite: 'SQLite',
  none: 'None (public API)',
  jwt: 'JWT (email and password)',
  oauth2: 'OAuth2 sign-in + JWT',
  google: 'Google',
  github: 'GitHub',
  microsoft: 'Microsoft',
  oidc: 'OpenID Connect',
  gitlab: 'GitLab CI',
  circleci: 'CircleCI',
  int: 'Integer',
  uuid: 'UUID',
  offset: 'limit / offset',
  page: 'page / size',
  memory: 'In memory (one replica)',
  redis: 'Redis (many replicas)',
  public: 'Public',
  authenticated: 'Signed-in users',
  owner: 'Owner (and admins)',
  admin: 'Admins',
  cascade: 'Cascade',
  'set-null': 'Set null',
  restrict: 'Restrict',
  create: 'On create',
  update: 'On every update',
};

export const label = (value: string) => LABELS[value] ?? value;
export const optionsOf = (values: readonly string[]) => values.map((value) => ({ value, label: label(value) }));
