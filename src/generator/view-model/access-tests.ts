/**
 * The access part of one entity's generated tests: which operations need a token, which
 * a member may not use, the owner rules, and the two-tenant isolation cases.
 */
import type { AccessLevel } from '../../spec';
import { pyString } from '../escape';
import type { EntityView } from './entity';
import type { ForeignKeyCase, IdListCase } from './entity-tests';

export interface Operation {
  /** pytest id: `list`, `get`, `create`, `replace`, `update`, `delete`. */
  id: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** On `/{id}` of an existing row, else on the collection. */
  onRow: boolean;
  /** Status of a success. */
  status: number;
}

export interface AccessTestView {
  /** Auth is on: the access tests exist. */
  enabled: boolean;
  /** Operations an anonymous caller gets a 401 from. */
  needToken: Operation[];
  /** Operations a member (not an admin) gets a 403 from: those of an admin level. */
  adminOnly: Operation[];
  /** Operations a member may use on the admin's rows; those an anonymous caller may use. */
  memberMay: Operation[];
  anonymousMay: Operation[];
  /** A member may create rows (write level below admin). */
  memberCreates: boolean;
  /** Rows have `owner_id`. */
  owned: boolean;
  /** Read "owner": another member's rows are 404. */
  ownerRead: boolean;
  /** Write "owner" with a read level members have: another member's rows are 403 on writes. */
  ownerWriteOnly: boolean;
  /** A member may read rows (read level below admin). */
  memberReads: boolean;
  /**
   * Rows belong to a tenant, and so do the rows each one needs first: the two-tenant
   * isolation tests (both tenants then create the same samples).
   */
  tenantScoped: boolean;
  /** Multi-tenant: another member is invited into the admin's tenant. */
  multiTenant: boolean;
  /** Read "public" on a tenant-scoped entity: anonymous callers see an empty list. */
  publicTenantRead: boolean;
  /** References to other tenant-scoped entities (another tenant's row → 422). */
  tenantForeignKeys: ForeignKeyCase[];
  tenantIdLists: IdListCase[];
  /** Foreign keys to users: a user of another tenant → 422, one of the caller's tenant is fine. */
  userKeys: string[];
  userKeysLiteral: string;
  /** Unique fields the isolation tests repeat in the other tenant, and as a Python list. */
  unique: string[];
  uniqueLiteral: string;
  /** Tests need a second regular user (of the admin's tenant). */
  otherMember: boolean;
  /** Tests take a `SignedIn` caller. */
  signedIn: boolean;
}

const OPERATIONS: Operation[] = [
  { id: 'list', method: 'GET', onRow: false, status: 200 },
  { id: 'get', method: 'GET', onRow: true, status: 200 },
  { id: 'create', method: 'POST', onRow: false, status: 201 },
  { id: 'replace', method: 'PUT', onRow: true, status: 200 },
  { id: 'update', method: 'PATCH', onRow: true, status: 200 },
  { id: 'delete', method: 'DELETE', onRow: true, status: 204 },
];

/**
 * The levels an operation needs: reads the read level; a create the write level (and a
 * token on a tenant-scoped entity); a change to a row both (it must be readable first).
 */
function levelsOf(op: Operation, access: EntityView['access']): AccessLevel[] {
  if (op.method === 'GET') return [access.read];
  if (!op.onRow) return [access.tenantScoped && access.write === 'public' ? 'authenticated' : access.write];
  return [access.read, access.write];
}

interface AccessTestInput {
  foreignKeys: ForeignKeyCase[];
  idListCases: IdListCase[];
  unique: string[];
  /** Whether the rows of the entity with this module belong to a tenant. */
  scopedModule: (module: string) => boolean;
  /** Whether this entity's rows and those of all their required parents belong to a tenant. */
  isolated: boolean;
  /** Foreign keys of this entity that point at the built-in User. */
  userKeys: string[];
  multiTenant: boolean;
}

export function accessTests(entity: EntityView, input: AccessTestInput): AccessTestView {
  const access = entity.access;
  const pick = (test: (levels: AccessLevel[], op: Operation) => boolean) =>
    access.enforced ? OPERATIONS.filter((op) => test(levelsOf(op, access), op)) : [];
  const { scopedModule } = input;
  const unique = input.isolated ? input.unique : [];
  const ownerRead = access.ownerRead;
  const ownerWriteOnly = access.ownerWrite && !access.ownerRead && access.read !== 'admin';
  const memberCreates = access.write !== 'admin';
  const adminOnly = pick((levels) => levels.includes('admin'));
  // On the admin's rows: an owner level hides them (read) or refuses the change (write).
  const memberMay = pick((levels, op) =>
    levels.every((level) => level !== 'admin' && (level !== 'owner' || !op.onRow)),
  );
  return {
    enabled: access.enforced,
    needToken: pick((levels) => levels.some((level) => level !== 'public')),
    adminOnly,
    memberMay,
    anonymousMay: pick(
      (levels, op) => levels.every((level) => level === 'public') && (!access.tenantScoped || op.id === 'list'),
    ),
    memberCreates,
    owned: access.ownerColumn,
    ownerRead,
    ownerWriteOnly,
    memberReads: access.read !== 'admin',
    tenantScoped: input.isolated,
    multiTenant: input.multiTenant,
    publicTenantRead: access.tenantScoped && access.read === 'public',
    tenantForeignKeys: input.isolated ? input.foreignKeys.filter((fk) => scopedModule(fk.parentModule)) : [],
    tenantIdLists: input.isolated ? input.idListCases.filter((list) => scopedModule(list.otherModule)) : [],
    userKeys: input.isolated ? input.userKeys : [],
    userKeysLiteral: `[${(input.isolated ? input.userKeys : []).map(pyString).join(', ')}]`,
    unique,
    uniqueLiteral: `[${unique.map(pyString).join(', ')}]`,
    otherMember: access.ownerColumn && memberCreates && (ownerRead || ownerWriteOnly),
    signedIn: access.enforced && (adminOnly.length > 0 || memberMay.length > 0 || access.ownerColumn || input.isolated),
  };
}
