/**
 * fast-check arbitraries for spec v1 inputs. They aim at valid specs (the property tests
 * keep only what validateSpec accepts) while reaching every field type, constraint,
 * relation kind and project option, plus awkward names (`date`, `type`, `str`, …).
 */
import fc from 'fast-check';

const FIELD_NAMES = [
  'title',
  'name',
  'date',
  'type',
  'str',
  'match',
  'value',
  'amount',
  'notes',
  'status',
  'count',
  'price',
  'starts_on',
  'when_at',
  'email_address',
  'homepage',
  'ref',
  'payload',
  'flag',
  'level',
  'score',
  'list',
  'json',
  'decimal',
];
const ENTITY_NAMES = [
  'Customer',
  'Order',
  'Product',
  'Category',
  'Person',
  'Address',
  'Invoice',
  'Employee',
  'Tag',
  'Box',
  'OrderItem',
  'Status',
];

/** `User` extends the built-in user, which exists only with a sign-in. */
const entityNames = (auth: string) => (auth === 'none' ? ENTITY_NAMES : [...ENTITY_NAMES, 'User']);

const text = fc.string({ unit: 'grapheme', maxLength: 60 });
const hostileText = fc.constantFrom(
  '',
  'plain words',
  'quotes " \' """ and \\ backslash',
  'new\nline',
  '{{x}} ${y}',
  'émoji 🚀',
);

const common = {
  required: fc.boolean(),
  unique: fc.boolean(),
  index: fc.boolean(),
  description: fc.oneof(text, hostileText),
  filterable: fc.boolean(),
  sortable: fc.boolean(),
};

const bounded = (lo: number, hi: number) =>
  fc
    .tuple(fc.integer({ min: lo, max: hi }), fc.integer({ min: lo, max: hi }))
    .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);

const fieldBody = fc.oneof(
  fc.record(
    {
      type: fc.constant('string'),
      // Past 768 (MySQL's index prefix) and 2.7 kB (PostgreSQL's btree entries) too.
      maxLength: fc.oneof(fc.integer({ min: 5, max: 300 }), fc.constantFrom(1000, 4000)),
      pattern: fc.constantFrom(undefined, '^[A-Z]{2}-[0-9]{4}$', '^[a-z]+$'),
    },
    { requiredKeys: ['type'] },
  ),
  fc.record({ type: fc.constant('text'), maxLength: fc.constantFrom(undefined, 20, 5000) }, { requiredKeys: ['type'] }),
  bounded(-1000, 1000).map(([min, max]) => ({ type: 'integer', min, max, default: min })),
  bounded(0, 10 ** 12).map(([min, max]) => ({ type: 'bigint', min, max })),
  fc.record({ type: fc.constant('float'), min: fc.constantFrom(undefined, 0, -1.5) }, { requiredKeys: ['type'] }),
  fc.record({
    type: fc.constant('decimal'),
    precision: fc.integer({ min: 4, max: 20 }),
    scale: fc.integer({ min: 0, max: 3 }),
  }),
  fc.record({ type: fc.constant('boolean'), default: fc.boolean() }),
  fc.record(
    { type: fc.constant('date'), default: fc.constantFrom(undefined, '2024-02-29') },
    { requiredKeys: ['type'] },
  ),
  fc.record(
    { type: fc.constant('datetime'), autoNow: fc.constantFrom(undefined, 'create', 'update') },
    { requiredKeys: ['type'] },
  ),
  fc.record({ type: fc.constant('email') }),
  fc.record({ type: fc.constant('url') }),
  fc.record({ type: fc.constant('uuid') }),
  fc
    .uniqueArray(fc.constantFrom('new', 'open', 'closed', 'in_progress', 'a1'), { minLength: 1, maxLength: 4 })
    .map((values) => ({ type: 'enum', values, default: values[0] })),
  fc.record({ type: fc.constant('json') }),
);

const field = (name: string) =>
  fc.tuple(fc.record(common), fieldBody).map(([base, body]) => ({ name, ...base, ...body }));

const entity = (name: string, auth: string) =>
  fc
    .uniqueArray(fc.constantFrom(...FIELD_NAMES), { minLength: 1, maxLength: 6 })
    .chain((names) => fc.tuple(...names.map(field)))
    .chain((fields) =>
      fc.record({
        name: fc.constant(name),
        description: hostileText,
        fields: fc.constant(fields),
        softDelete: fc.boolean(),
        ...(auth === 'none'
          ? {}
          : {
              access: fc.record({
                read: fc.constantFrom('public', 'authenticated', 'owner', 'admin'),
                write: fc.constantFrom('public', 'authenticated', 'owner', 'admin'),
              }),
            }),
      }),
    );

const relation = (names: string[]) =>
  fc
    .record({
      kind: fc.constantFrom('one-to-many', 'one-to-one', 'many-to-many'),
      from: fc.constantFrom(...names),
      to: fc.constantFrom(...names),
      required: fc.boolean(),
      // Self-relations need names of their own; other relations sometimes rename too.
      names: fc.option(fc.tuple(fc.constantFrom('reports', 'followers'), fc.constantFrom('manager', 'leader'))),
    })
    .map(({ names: renamed, ...r }) => ({
      ...r,
      ...(renamed ? { fromName: renamed[0], toName: renamed[1] } : {}),
      required: r.kind === 'many-to-many' ? false : r.required,
    }));

const OAUTH_PROVIDERS = ['google', 'github', 'microsoft', 'oidc'] as const;

interface AuthOptions {
  auth: string;
  multiTenant?: boolean;
  oauth2Providers?: string[];
}

/** Auth and what depends on it: providers with oauth2, tenants only with a sign-in. */
const authOptions: fc.Arbitrary<AuthOptions> = fc.constantFrom('none', 'jwt', 'oauth2').chain((auth) =>
  auth === 'none'
    ? fc.constant<AuthOptions>({ auth })
    : fc.record<AuthOptions>({
        auth: fc.constant(auth),
        multiTenant: fc.boolean(),
        ...(auth === 'oauth2' ? { oauth2Providers: fc.subarray([...OAUTH_PROVIDERS], { minLength: 1 }) } : {}),
      }),
);

const api = fc
  .record(
    {
      prefix: fc.constantFrom('/api/v1', '', '/v2/x-y'),
      pagination: fc.constantFrom('offset', 'page'),
      maxPageSize: fc.constantFrom(5, 100, 1000),
      websockets: fc.boolean(),
      websocketBroker: fc.constantFrom('memory', 'redis'),
      rateLimit: fc.constantFrom(null, { requestsPerMinute: 100000 }),
    },
    { requiredKeys: ['pagination'] },
  )
  .map((a) => ({ ...a, defaultPageSize: Math.min(20, a.maxPageSize ?? 100) }));

/** A spec input that is usually valid; callers filter with validateSpec. */
export const specInput = fc
  .record({
    name: fc.constantFrom('shop', 'order_desk', 'a1', 'payment_processor'),
    title: fc.option(
      hostileText.filter((t) => t.length > 0 && t.length <= 80),
      { nil: undefined },
    ),
    description: hostileText,
    pythonVersion: fc.constantFrom('3.10', '3.11', '3.12', '3.13'),
    database: fc.constantFrom('postgresql', 'mysql', 'sqlite'),
    primaryKey: fc.constantFrom('int', 'uuid'),
    auditFields: fc.boolean(),
  })
  .chain((base) => authOptions.map((auth) => ({ ...base, ...auth })))
  .chain((project) =>
    fc.uniqueArray(fc.constantFrom(...entityNames(project.auth)), { minLength: 1, maxLength: 4 }).chain((names) =>
      fc.record({
        specVersion: fc.constant(1),
        project: fc.constant(Object.fromEntries(Object.entries(project).filter(([, v]) => v !== undefined))),
        entities: fc.tuple(...names.map((n) => entity(n, project.auth))),
        relations: fc.array(relation(names), { maxLength: 3 }),
        api,
        deploy: fc.record({
          docker: fc.boolean(),
          kubernetes: fc.boolean(),
          ci: fc.constantFrom([], ['github'], ['gitlab', 'circleci']),
        }),
      }),
    ),
  );
