/**
 * Authentication and tenants (auth "jwt"/"oauth2"): what the built-in `User` holds beyond
 * its spec fields (the password hash, `tenant_id`), and the view of the auth modules,
 * their routes and their tests.
 */
import type { Spec } from '../../spec';
import { pyString } from '../escape';
import { userIsExposed } from './entities';
import type { EntityView } from './entity';
import { entitySamples, SAMPLE_COUNT } from './entity-tests';
import { declaration } from './fields';
import { pyLiteral } from './python';

export interface AuthView {
  /** The built-in User entity (model and schemas from the generic templates). */
  user: EntityView;
  oauth2: boolean;
  multiTenant: boolean;
  /** `int` or `UUID`: the id type of users and tenants. */
  idType: string;
  uuidKeys: boolean;
  /** The users table (`users` unless the spec names User's plural otherwise). */
  userTable: string;
  /** `"users.id"`, what foreign keys to users refer to. */
  userFk: string;
  /** Imports of `app/services/user.py` (the generic service's, minus events and clock). */
  userServiceImports: string[];
  /** The user's foreign key checks or id lists name other models as `models.X`. */
  usesModelsPackage: boolean;
  /** `/users` is served (the spec declares `User` or relates something to it). */
  userRoutes: boolean;
  /** The spec's access levels of `User` (read: who may list and read users). */
  userRead: string;
  userWrite: string;
  /** Python literals of the routes, with the API prefix. */
  urls: Record<'register' | 'login' | 'refresh' | 'logout' | 'me' | 'invitations' | 'tenant' | 'users', string>;
  /**
   * Bodies of the spec's extra user fields that registration needs (required ones without
   * a default), one per sample, as Python dict literals; `[{}]` when none are needed.
   */
  registerSamples: string[];
  /** A PATCH body changing one extra field, or null when `User` has none that can be sent. */
  extraPatch: { name: string; value: string } | null;
}

/** Fields of the built-in user that a spec's `User` cannot send through its extra fields. */
const BUILT_IN_FIELDS = new Set(['email', 'role', 'is_active']);

/**
 * `{"fields": ...}` literals of the extra User fields registration cannot do without: the
 * required ones without a default, and the unique ones with a default (every user left at
 * the default would collide with the first).
 */
function registerSamples(user: EntityView): string[] {
  const needed = user.fields.filter(
    (field) =>
      !BUILT_IN_FIELDS.has(field.name) &&
      field.writable &&
      ((field.required && !field.default) || (field.unique && field.default !== null)),
  );
  if (needed.length === 0) return ['{}'];
  const samples = entitySamples(user).fields;
  return Array.from({ length: SAMPLE_COUNT }, (_, n) => {
    const body: Record<string, unknown> = {};
    for (const field of needed) body[field.name] = samples.get(field.name)?.values[n];
    return pyLiteral(body);
  });
}

function extraPatch(user: EntityView): AuthView['extraPatch'] {
  const samples = entitySamples(user).fields;
  for (const field of user.fields) {
    if (BUILT_IN_FIELDS.has(field.name) || !field.writable || field.unique) continue;
    const values = samples.get(field.name)?.values;
    if (values && values.length > 1) return { name: field.name, value: pyLiteral(values[1]) };
  }
  return null;
}

/**
 * The built-in User completed: a password hash column (never in a schema) and, with
 * tenants, the tenant it belongs to (in the model and in the response).
 */
export function completeUser(user: EntityView, spec: Spec): EntityView {
  if (!user.builtInUser) return user;
  const multiTenant = spec.project.multiTenant;
  const uuid = user.idType === 'UUID';
  const tenantColumn = {
    attr: 'tenant_id',
    annotation: user.idType,
    args: [...(uuid ? ['PortableUuid'] : []), 'ForeignKey("tenants.id", ondelete="CASCADE")', 'index=True'].join(', '),
  };
  const columns = [
    ...user.model.columns,
    { attr: 'hashed_password', annotation: 'str', args: 'String(255)' },
    ...(multiTenant ? [tenantColumn] : []),
  ];
  const imports = [
    ...user.model.imports,
    'from sqlalchemy import String',
    ...(multiTenant ? ['from sqlalchemy import ForeignKey'] : []),
  ];
  const response = [
    ...user.schemas.response,
    ...(multiTenant ? [{ attr: 'tenant_id', declaration: declaration(user.idType, []) }] : []),
  ];
  return {
    ...user,
    model: { ...user.model, columns, imports: [...new Set(imports)] },
    schemas: { ...user.schemas, response },
  };
}

export function buildAuthView(spec: Spec, user: EntityView | undefined): AuthView | null {
  if (spec.project.auth === 'none' || !user) return null;
  const prefix = spec.api.prefix;
  const url = (path: string) => pyString(`${prefix}${path}`);
  return {
    user,
    oauth2: spec.project.auth === 'oauth2',
    multiTenant: spec.project.multiTenant,
    idType: user.idType,
    uuidKeys: user.idType === 'UUID',
    userTable: user.table,
    userFk: pyString(`${user.table}.id`),
    userRoutes: userIsExposed(spec),
    userServiceImports: [
      ...user.service.imports.filter((line) => !/^from app\.core\.(events|clock|access|errors) /.test(line)),
      'from app.core.errors import ForbiddenError, NotFoundError, UnauthorizedError',
      ...(user.service.autoNowOnUpdate.length > 0 ? ['from app.core.clock import utc_now'] : []),
    ],
    usesModelsPackage: [
      ...user.service.foreignKeyChecks.map((check) => check.parent),
      ...user.service.idListLoads.map((load) => load.other),
    ].some((name) => name.startsWith('models.')),
    userRead: user.access.read,
    userWrite: user.access.write,
    urls: {
      register: url('/auth/register'),
      login: url('/auth/login'),
      refresh: url('/auth/refresh'),
      logout: url('/auth/logout'),
      me: url('/auth/me'),
      invitations: url('/tenants/invitations'),
      tenant: url('/tenants/me'),
      users: url(`/${user.plural}`),
    },
    registerSamples: registerSamples(user),
    extraPatch: extraPatch(user),
  };
}
