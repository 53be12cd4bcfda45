/**
 * The HTTP and WebSocket endpoints a valid spec yields, as generated-backend.md describes
 * them: health, auth, tenants, CRUD per entity with its list query parameters, and the
 * WebSocket. Pure: the API step shows it as a table, updated on every edit.
 */
import type { AccessLevel, Entity, Field, FieldType, Spec } from '../../spec';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'WS';

export interface QueryParam {
  name: string;
  meaning: string;
}

export interface Endpoint {
  method: Method;
  path: string;
  summary: string;
  /** Who may call it: an access level, or `public` / `admin` for built-in routes. */
  access: AccessLevel | 'tenant admin';
  query: QueryParam[];
}

export interface EndpointGroup {
  title: string;
  endpoints: Endpoint[];
}

const ORDERED = new Set<FieldType>(['integer', 'bigint', 'float', 'decimal', 'date', 'datetime']);
const TEXT = new Set<FieldType>(['string', 'text', 'email', 'url']);

/** Filter parameters of one field: equals and `__in` always, bounds or substring by type. */
export function filterParams(field: Pick<Field, 'name' | 'type'>): QueryParam[] {
  if (field.type === 'json') return []; // a JSON value has no operators
  const { name } = field;
  const params = [
    { name, meaning: 'equals' },
    { name: `${name}__in`, meaning: 'one of a comma-separated list' },
  ];
  if (ORDERED.has(field.type)) {
    params.push(
      { name: `${name}__gte`, meaning: 'at least (inclusive)' },
      { name: `${name}__lte`, meaning: 'at most (inclusive)' },
    );
  }
  if (TEXT.has(field.type)) params.push({ name: `${name}__contains`, meaning: 'contains, ignoring case' });
  return params;
}

/** Built-in columns of a declared `User` (auth on), which its extra fields extend. */
const BUILT_IN_USER_FIELDS: Pick<Field, 'name' | 'type' | 'filterable' | 'sortable'>[] = [
  { name: 'email', type: 'email', filterable: true, sortable: true },
  { name: 'role', type: 'enum', filterable: true, sortable: false },
  { name: 'is_active', type: 'boolean', filterable: true, sortable: false },
];

function listParams(spec: Spec, entity: Entity): QueryParam[] {
  const { api, project } = spec;
  const builtIn = entity.name === 'User' && project.auth !== 'none' ? BUILT_IN_USER_FIELDS : [];
  const fields = [...builtIn, ...entity.fields];
  const page =
    api.pagination === 'offset'
      ? [
          { name: 'limit', meaning: `page size, ${api.defaultPageSize} by default, at most ${api.maxPageSize}` },
          { name: 'offset', meaning: 'rows to skip' },
        ]
      : [
          { name: 'page', meaning: 'page number, from 1' },
          { name: 'size', meaning: `page size, ${api.defaultPageSize} by default, at most ${api.maxPageSize}` },
        ];
  const sortable = [
    'id',
    ...fields.filter((f) => f.sortable && f.type !== 'json').map((f) => f.name),
    ...(project.auditFields ? ['created_at', 'updated_at'] : []),
  ];
  const sort = { name: 'sort', meaning: `comma-separated, - for descending: ${sortable.join(', ')}` };
  const filters = fields.filter((f) => f.filterable).flatMap(filterParams);
  const foreignKeys = spec.relations
    .filter((r) => r.to === entity.name && r.kind !== 'many-to-many')
    .flatMap((r) => filterParams({ name: `${r.toName}_id`, type: 'uuid' }));
  return [...page, sort, ...filters, ...foreignKeys];
}

function crud(spec: Spec, entity: Entity): EndpointGroup {
  const base = `${spec.api.prefix}/${entity.plural}`;
  const item = `${base}/{id}`;
  const { read, write } = entity.access;
  const row = (method: Method, path: string, summary: string, access: AccessLevel, query: QueryParam[] = []) => ({
    method,
    path,
    summary,
    access,
    query,
  });
  return {
    title: entity.name,
    endpoints: [
      row('GET', base, `List ${entity.plural}`, read, listParams(spec, entity)),
      row('POST', base, `Create (201, Location header)`, write),
      row('GET', item, 'Read one (404 when missing)', read),
      row('PUT', item, 'Replace', write),
      row('PATCH', item, 'Update the keys sent', write),
      row('DELETE', item, entity.softDelete ? 'Delete (marks deleted_at, 204)' : 'Delete (204)', write),
    ],
  };
}

function authGroup(spec: Spec): EndpointGroup | undefined {
  const { auth, oauth2Providers, multiTenant } = spec.project;
  if (auth === 'none') return undefined;
  const p = `${spec.api.prefix}/auth`;
  const register = multiTenant ? 'Register (creates or joins a tenant)' : 'Register';
  const endpoints: Endpoint[] = [
    { method: 'POST', path: `${p}/register`, summary: register, access: 'public', query: [] },
    { method: 'POST', path: `${p}/login`, summary: 'Log in (OAuth2 password form)', access: 'public', query: [] },
    { method: 'POST', path: `${p}/refresh`, summary: 'New token pair', access: 'public', query: [] },
    { method: 'POST', path: `${p}/logout`, summary: 'Revoke a refresh token', access: 'authenticated', query: [] },
    { method: 'GET', path: `${p}/me`, summary: 'The current user', access: 'authenticated', query: [] },
  ];
  if (auth === 'oauth2') {
    for (const provider of oauth2Providers) {
      endpoints.push(
        {
          method: 'GET',
          path: `${p}/${provider}/login`,
          summary: `Sign in with ${provider}`,
          access: 'public',
          query: [],
        },
        {
          method: 'GET',
          path: `${p}/${provider}/callback`,
          summary: `${provider} callback`,
          access: 'public',
          query: [],
        },
      );
    }
  }
  return { title: 'Auth', endpoints };
}

export function deriveEndpoints(spec: Spec): EndpointGroup[] {
  const groups: EndpointGroup[] = [
    {
      title: 'Health',
      endpoints: [
        { method: 'GET', path: '/health', summary: 'Liveness', access: 'public', query: [] },
        { method: 'GET', path: '/health/ready', summary: 'Readiness (database)', access: 'public', query: [] },
      ],
    },
  ];
  const auth = authGroup(spec);
  if (auth) groups.push(auth);
  if (spec.project.multiTenant) {
    groups.push({
      title: 'Tenants',
      endpoints: [
        {
          method: 'POST',
          path: `${spec.api.prefix}/tenants/invitations`,
          summary: 'Invitation code',
          access: 'tenant admin',
          query: [],
        },
        {
          method: 'GET',
          path: `${spec.api.prefix}/tenants/me`,
          summary: 'The caller’s tenant',
          access: 'authenticated',
          query: [],
        },
      ],
    });
  }
  groups.push(...spec.entities.map((entity) => crud(spec, entity)));
  if (spec.api.websockets) {
    const token = spec.project.auth === 'none' ? [] : [{ name: 'token', meaning: 'access token' }];
    groups.push({
      title: 'WebSocket',
      endpoints: [
        {
          method: 'WS',
          path: `${spec.api.prefix}/ws`,
          summary: 'Events: <entity>.created / updated / deleted',
          access: spec.project.auth === 'none' ? 'public' : 'authenticated',
          query: token,
        },
      ],
    });
  }
  return groups;
}
