/**
 * The zod schema of spec v1 (shared/contract/spec-v1.md): the single source of truth for
 * what a spec may contain. Objects are strict, so unknown keys are rejected with their path.
 * Fixed defaults live here; defaults that depend on other values (title, plural, access,
 * relation names, onDelete) are filled in by `normalize.ts` after the semantic rules
 * (rules/) pass. Structural messages come from `issues.ts`; the few written here name the
 * rule a pattern stands for.
 */
import { z } from 'zod';
import { show } from './show';

export const IDENTIFIER = /^[a-z][a-z0-9_]{0,62}$/;
export const PROJECT_NAME = /^[a-z][a-z0-9_]{0,39}$/;
export const ENTITY_NAME = /^[A-Z][A-Za-z0-9]{0,39}$/;
export const PLURAL = /^[a-z][a-z0-9_]{0,62}$/;
export const API_PREFIX = /^(\/[a-z0-9_-]+)*$/;
export const ORIGIN = /^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/;

export const LIMITS = {
  specBytes: 1024 * 1024,
  entities: 200,
  fieldsPerEntity: 100,
  relations: 500,
  enumValues: 100,
} as const;

/** A string matching `re`; the message shows the value and says what the pattern means. */
const matching = (re: RegExp, meaning: string) =>
  z.string().regex(re, { error: (issue) => `${show(issue.input)} ${meaning} (${re.source})` });

const identifier = (what: string) =>
  matching(IDENTIFIER, `is not a valid ${what}: use a lowercase letter, then lowercase letters, digits or _`);

const accessLevel = z.enum(['public', 'authenticated', 'owner', 'admin']);
const integer = z.number().int();
const number = z.number();
const length = integer.min(0).max(65535);

/** Keys every field has, whatever its type. */
const fieldBase = {
  name: identifier('field name'),
  required: z.boolean().default(false),
  unique: z.boolean().default(false),
  index: z.boolean().default(false),
  description: z.string().max(500).default(''),
  filterable: z.boolean().default(false),
  sortable: z.boolean().default(false),
};

const maxLength = (defaultMax: number) => length.min(1).default(defaultMax);

/** Formats only; calendar, time-zone and digit rules are checked in rules/field-defaults.ts. */
const isoDate = matching(/^\d{4}-\d{2}-\d{2}$/, 'is not a date written YYYY-MM-DD');
const isoDateTime = matching(
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/,
  'is not an ISO 8601 date-time with a time zone, such as 2024-05-01T09:30:00Z',
);
const uuidText = matching(
  /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
  'is not a UUID',
);
const decimalText = matching(/^-?\d+(\.\d+)?$/, 'is not a decimal number such as "12.50"');
const jsonValue: z.ZodType<unknown> = z
  .lazy(() => z.union([z.null(), z.boolean(), number, z.string(), z.array(jsonValue), z.record(z.string(), jsonValue)]))
  .meta({ id: 'JsonValue' });
const unionError = (message: string) => ({
  error: (issue: { code: string }) => (issue.code === 'invalid_union' ? message : undefined),
});

const variant = <T extends z.core.$ZodLooseShape>(shape: T) => z.strictObject({ ...fieldBase, ...shape });

/** One strict object per field type: a key that belongs to another type is an unknown key. */
export const FIELD_VARIANTS = {
  string: variant({
    type: z.literal('string'),
    maxLength: maxLength(255),
    minLength: length.optional(),
    pattern: z.string().min(1).max(1000).optional(),
    default: z.string().optional(),
  }),
  text: variant({ type: z.literal('text'), maxLength: length.min(1).optional(), default: z.string().optional() }),
  integer: variant({
    type: z.literal('integer'),
    min: integer.optional(),
    max: integer.optional(),
    default: integer.optional(),
  }),
  bigint: variant({
    type: z.literal('bigint'),
    min: integer.optional(),
    max: integer.optional(),
    default: integer.optional(),
  }),
  float: variant({
    type: z.literal('float'),
    min: number.optional(),
    max: number.optional(),
    default: number.optional(),
  }),
  decimal: variant({
    type: z.literal('decimal'),
    precision: integer.min(1).max(38).default(12),
    scale: integer.min(0).max(38).default(2),
    min: number.optional(),
    max: number.optional(),
    default: z
      .union([number, decimalText], unionError('must be a number or a decimal string such as "12.50"'))
      .optional(),
  }),
  boolean: variant({ type: z.literal('boolean'), default: z.boolean().optional() }),
  date: variant({ type: z.literal('date'), default: isoDate.optional() }),
  datetime: variant({
    type: z.literal('datetime'),
    autoNow: z.enum(['create', 'update']).optional(),
    default: isoDateTime.optional(),
  }),
  email: variant({ type: z.literal('email'), maxLength: maxLength(320), default: z.string().optional() }),
  url: variant({ type: z.literal('url'), maxLength: maxLength(2083), default: z.string().optional() }),
  uuid: variant({ type: z.literal('uuid'), default: uuidText.optional() }),
  enum: variant({
    type: z.literal('enum'),
    values: z.array(identifier('enum value')).min(1).max(LIMITS.enumValues),
    default: z.string().optional(),
  }),
  json: variant({
    type: z.literal('json'),
    default: z
      .union([z.array(jsonValue), z.record(z.string(), jsonValue)], unionError('must be an object or an array'))
      .optional(),
  }),
};

export const FIELD_TYPES = Object.keys(FIELD_VARIANTS) as (keyof typeof FIELD_VARIANTS)[];

const V = FIELD_VARIANTS;
export const fieldSchema = z.discriminatedUnion('type', [
  V.string,
  V.text,
  V.integer,
  V.bigint,
  V.float,
  V.decimal,
  V.boolean,
  V.date,
  V.datetime,
  V.email,
  V.url,
  V.uuid,
  V.enum,
  V.json,
]);

export const entitySchema = z
  .strictObject({
    name: matching(
      ENTITY_NAME,
      'is not a valid entity name: use singular PascalCase, a capital letter then letters or digits',
    ),
    plural: matching(
      PLURAL,
      'is not a valid plural: use a lowercase letter, then lowercase letters, digits or _',
    ).optional(),
    description: z.string().max(1000).default(''),
    fields: z.array(fieldSchema).min(1).max(LIMITS.fieldsPerEntity),
    softDelete: z.boolean().default(false),
    access: z.strictObject({ read: accessLevel, write: accessLevel }).optional(),
    tenantScoped: z.boolean().optional(),
  })
  .describe('An entity: a table with CRUD routes (class <name>, table and route <plural>)');

export const relationSchema = z
  .strictObject({
    kind: z.enum(['one-to-many', 'one-to-one', 'many-to-many']),
    from: z.string().min(1),
    to: z.string().min(1),
    fromName: identifier('relation attribute name').optional(),
    toName: identifier('relation attribute name').optional(),
    required: z.boolean().default(false),
    onDelete: z.enum(['cascade', 'set-null', 'restrict']).optional(),
  })
  .describe('A relation between two entities, or an entity and the built-in User');

export const projectSchema = z
  .strictObject({
    name: matching(
      PROJECT_NAME,
      'is not a valid project name: use a lowercase letter, then up to 39 lowercase letters, digits or _',
    ),
    title: z.string().min(1).max(80).optional(),
    description: z.string().max(4000).default(''),
    pythonVersion: z.enum(['3.10', '3.11', '3.12', '3.13']).default('3.12'),
    database: z.enum(['postgresql', 'mysql', 'sqlite']).default('postgresql'),
    auth: z.enum(['none', 'jwt', 'oauth2']).default('jwt'),
    oauth2Providers: z.array(z.enum(['google', 'github', 'microsoft', 'oidc'])).default([]),
    multiTenant: z.boolean().default(false),
    primaryKey: z.enum(['int', 'uuid']).default('int'),
    auditFields: z.boolean().default(true),
  })
  .describe('The generated project: name, Python version, database, auth');

const rateLimitSchema = z.strictObject(
  { requestsPerMinute: integer.min(1).max(100000) },
  {
    error: (issue) =>
      issue.code === 'invalid_type'
        ? `must be null or an object such as {"requestsPerMinute": 600}, not ${show(issue.input)}`
        : undefined,
  },
);

export const apiSchema = z
  .strictObject({
    prefix: matching(
      API_PREFIX,
      'is not a route prefix: use "" or segments such as /api/v1 (lowercase letters, digits, _ and -)',
    ).default('/api/v1'),
    pagination: z.enum(['offset', 'page']).default('offset'),
    defaultPageSize: integer.min(1).max(1000).default(20),
    maxPageSize: integer.min(1).max(1000).default(100),
    websockets: z.boolean().default(false),
    websocketBroker: z.enum(['memory', 'redis']).default('memory'),
    rateLimit: rateLimitSchema.nullable().default(null),
    corsOrigins: z
      .array(matching(ORIGIN, 'is not an origin such as https://example.com (scheme, host and optional port only)'))
      .default([]),
  })
  .describe('Routes: prefix, pagination, websockets, rate limit, CORS');

export const deploySchema = z
  .strictObject({
    docker: z.boolean().default(true),
    ci: z.array(z.enum(['github', 'gitlab', 'circleci'])).default(['github']),
    kubernetes: z.boolean().default(false),
  })
  .describe('Dockerfile and compose, CI pipelines, Kubernetes manifests');

export const specSchema = z
  .strictObject({
    specVersion: z.literal(1),
    project: projectSchema,
    entities: z.array(entitySchema).max(LIMITS.entities).default([]),
    relations: z.array(relationSchema).max(LIMITS.relations).default([]),
    api: apiSchema.default(() => apiSchema.parse({})),
    deploy: deploySchema.default(() => deploySchema.parse({})),
  })
  .describe('A Backsmith project spec, version 1 (spec-v1.md)');

/** A spec as written by a person: defaults may be left out. */
export type SpecInput = z.input<typeof specSchema>;
/** A spec after zod parsing: fixed defaults applied, derived ones still optional. */
export type ParsedSpec = z.output<typeof specSchema>;
export type ParsedProject = ParsedSpec['project'];
export type ParsedEntity = ParsedSpec['entities'][number];
export type ParsedRelation = ParsedSpec['relations'][number];
export type ParsedField = z.output<typeof fieldSchema>;
export type FieldType = ParsedField['type'];
export type AccessLevel = z.output<typeof accessLevel>;
