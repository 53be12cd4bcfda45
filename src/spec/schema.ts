/**
 * The zod schema of spec v1 (shared/contract/spec-v1.md): the single source of truth for
 * what a spec may contain. Objects are strict, so unknown keys are rejected with their path.
 * Fixed defaults live here; defaults that depend on other values (title, plural, access,
 * relation names, onDelete) are filled in by `normalize.ts` after the semantic rules pass.
 */
import { z } from 'zod';

export const IDENTIFIER = /^[a-z][a-z0-9_]{0,62}$/;
export const PROJECT_NAME = /^[a-z][a-z0-9_]{0,39}$/;
export const ENTITY_NAME = /^[A-Z][A-Za-z0-9]{0,39}$/;
export const PLURAL = /^[a-z][a-z0-9_]{0,62}$/;
export const API_PREFIX = /^(\/[a-z0-9_-]+)*$/;

export const LIMITS = {
  specBytes: 1024 * 1024,
  entities: 200,
  fieldsPerEntity: 100,
  relations: 500,
  enumValues: 100,
} as const;

const identifier = (what: string) =>
  z.string().regex(IDENTIFIER, { message: `must be a ${what} matching ${IDENTIFIER.source}` });

const accessLevel = z.enum(['public', 'authenticated', 'owner', 'admin']);

const number = z.number().refine(Number.isFinite, { message: 'must be a finite number' });
const integer = z.number().int({ message: 'must be an integer' });

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

const lengths = (defaultMax: number | undefined) => ({
  maxLength:
    defaultMax === undefined
      ? integer.min(1).max(65535).optional()
      : integer.min(1).max(65535).default(defaultMax),
});

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date as YYYY-MM-DD' });
const isoDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/, {
  message: 'must be an ISO 8601 date-time with a time zone',
});
const uuidText = z.string().regex(/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/, {
  message: 'must be a UUID',
});
const decimalText = z.string().regex(/^-?\d+(\.\d+)?$/, { message: 'must be a decimal number' });
const jsonValue: z.ZodType<unknown> = z.lazy(() =>
  z.union([z.null(), z.boolean(), number, z.string(), z.array(jsonValue), z.record(z.string(), jsonValue)]),
);

export const fieldSchema = z.discriminatedUnion('type', [
  z.strictObject({
    ...fieldBase,
    type: z.literal('string'),
    ...lengths(255),
    minLength: integer.min(0).optional(),
    pattern: z.string().min(1).max(1000).optional(),
    default: z.string().optional(),
  }),
  z.strictObject({ ...fieldBase, type: z.literal('text'), ...lengths(undefined), default: z.string().optional() }),
  z.strictObject({
    ...fieldBase,
    type: z.literal('integer'),
    min: integer.optional(),
    max: integer.optional(),
    default: integer.optional(),
  }),
  z.strictObject({
    ...fieldBase,
    type: z.literal('bigint'),
    min: integer.optional(),
    max: integer.optional(),
    default: integer.optional(),
  }),
  z.strictObject({
    ...fieldBase,
    type: z.literal('float'),
    min: number.optional(),
    max: number.optional(),
    default: number.optional(),
  }),
  z.strictObject({
    ...fieldBase,
    type: z.literal('decimal'),
    precision: integer.min(1).max(38).default(12),
    scale: integer.min(0).max(38).default(2),
    min: number.optional(),
    max: number.optional(),
    default: z.union([number, decimalText]).optional(),
  }),
  z.strictObject({ ...fieldBase, type: z.literal('boolean'), default: z.boolean().optional() }),
  z.strictObject({ ...fieldBase, type: z.literal('date'), default: isoDate.optional() }),
  z.strictObject({
    ...fieldBase,
    type: z.literal('datetime'),
    autoNow: z.enum(['create', 'update']).optional(),
    default: isoDateTime.optional(),
  }),
  z.strictObject({ ...fieldBase, type: z.literal('email'), ...lengths(320), default: z.string().optional() }),
  z.strictObject({ ...fieldBase, type: z.literal('url'), ...lengths(2083), default: z.string().optional() }),
  z.strictObject({ ...fieldBase, type: z.literal('uuid'), default: uuidText.optional() }),
  z.strictObject({
    ...fieldBase,
    type: z.literal('enum'),
    values: z.array(identifier('enum value')).min(1).max(LIMITS.enumValues),
    default: z.string().optional(),
  }),
  z.strictObject({
    ...fieldBase,
    type: z.literal('json'),
    default: z.union([z.array(jsonValue), z.record(z.string(), jsonValue)]).optional(),
  }),
]);

export const entitySchema = z.strictObject({
  name: z.string().regex(ENTITY_NAME, { message: `must be singular PascalCase matching ${ENTITY_NAME.source}` }),
  plural: z.string().regex(PLURAL, { message: `must match ${PLURAL.source}` }).optional(),
  description: z.string().max(1000).default(''),
  fields: z.array(fieldSchema).min(1).max(LIMITS.fieldsPerEntity),
  softDelete: z.boolean().default(false),
  access: z.strictObject({ read: accessLevel, write: accessLevel }).optional(),
  tenantScoped: z.boolean().optional(),
});

export const relationSchema = z.strictObject({
  kind: z.enum(['one-to-many', 'one-to-one', 'many-to-many']),
  from: z.string().min(1),
  to: z.string().min(1),
  fromName: identifier('relation attribute name').optional(),
  toName: identifier('relation attribute name').optional(),
  required: z.boolean().default(false),
  onDelete: z.enum(['cascade', 'set-null', 'restrict']).optional(),
});

export const projectSchema = z.strictObject({
  name: z.string().regex(PROJECT_NAME, { message: `must match ${PROJECT_NAME.source}` }),
  title: z.string().min(1).max(80).optional(),
  description: z.string().max(4000).default(''),
  pythonVersion: z.enum(['3.10', '3.11', '3.12', '3.13']).default('3.12'),
  database: z.enum(['postgresql', 'mysql', 'sqlite']).default('postgresql'),
  auth: z.enum(['none', 'jwt', 'oauth2']).default('jwt'),
  oauth2Providers: z.array(z.enum(['google', 'github', 'microsoft', 'oidc'])).default([]),
  multiTenant: z.boolean().default(false),
  primaryKey: z.enum(['int', 'uuid']).default('int'),
  auditFields: z.boolean().default(true),
});

export const apiSchema = z.strictObject({
  prefix: z.string().regex(API_PREFIX, { message: `must match ${API_PREFIX.source}` }).default('/api/v1'),
  pagination: z.enum(['offset', 'page']).default('offset'),
  defaultPageSize: integer.min(1).max(1000).default(20),
  maxPageSize: integer.min(1).max(1000).default(100),
  websockets: z.boolean().default(false),
  websocketBroker: z.enum(['memory', 'redis']).default('memory'),
  rateLimit: z
    .strictObject({ requestsPerMinute: integer.min(1).max(100000) })
    .nullable()
    .default(null),
  corsOrigins: z
    .array(z.string().regex(/^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/, { message: 'must be an origin such as https://example.com' }))
    .default([]),
});

export const deploySchema = z.strictObject({
  docker: z.boolean().default(true),
  ci: z.array(z.enum(['github', 'gitlab', 'circleci'])).default(['github']),
  kubernetes: z.boolean().default(false),
});

export const specSchema = z.strictObject({
  specVersion: z.literal(1),
  project: projectSchema,
  entities: z.array(entitySchema).max(LIMITS.entities).default([]),
  relations: z.array(relationSchema).max(LIMITS.relations).default([]),
  api: apiSchema.default(() => apiSchema.parse({})),
  deploy: deploySchema.default(() => deploySchema.parse({})),
});

/** A spec as written by a person: defaults may be left out. */
export type SpecInput = z.input<typeof specSchema>;
/** A spec after zod parsing: fixed defaults applied, derived ones still optional. */
export type ParsedSpec = z.output<typeof specSchema>;
export type ParsedField = z.output<typeof fieldSchema>;
export type FieldType = ParsedField['type'];
export type AccessLevel = z.output<typeof accessLevel>;
