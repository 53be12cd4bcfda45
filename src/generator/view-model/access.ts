/**
 * Access levels and tenant scoping of one entity, as its model, migration, service,
 * endpoint and tests need them. With auth "none" nothing is enforced: every level is
 * "public" and no column is added.
 */
import type { AccessLevel, Entity, Spec } from '../../spec';
import { pyString } from '../escape';

/** A column the server fills from the caller: a foreign key, indexed, never in a request body. */
export interface AccessColumn {
  name: 'tenant_id' | 'owner_id';
  referredTable: 'tenants' | 'users';
  onDelete: 'CASCADE' | 'SET NULL';
  nullable: boolean;
}

export interface AccessView {
  /** Auth is on: the service gets an actor and checks levels. */
  enforced: boolean;
  read: AccessLevel;
  write: AccessLevel;
  /** Python literals of the levels, `"owner"`. */
  readLiteral: string;
  writeLiteral: string;
  /**
   * Level a create needs: the write level, but a token at least on a tenant-scoped entity
   * (a row needs the caller's tenant).
   */
  createLiteral: string;
  /** Rows carry `owner_id` (some level is "owner"). */
  ownerColumn: boolean;
  /** Rows carry `tenant_id` and every query is scoped to the caller's tenant. */
  tenantScoped: boolean;
  /** Reads are limited to the caller's own rows (admins: all). */
  ownerRead: boolean;
  /** Writes are limited to the caller's own rows (admins: all). */
  ownerWrite: boolean;
  /** Changing a row needs the read level too (a row the caller may not read is not its to change). */
  writeNeedsRead: boolean;
  /** Conditions every row the caller reads meets (live, in the caller's tenant), and in words. */
  visibility: string[];
  visibilityNote: string;
  /** `tenant_id` (tenant-scoped), then `owner_id` (owner levels): model and migration columns. */
  columns: AccessColumn[];
  /** `CurrentUser` when every operation needs a token, else `OptionalUser`; null without auth. */
  userDependency: 'CurrentUser' | 'OptionalUser' | null;
}

/** Names of the entities whose rows belong to a tenant (`User` too: users have a tenant). */
export function tenantScopedNames(spec: Spec, entities: Entity[]): Set<string> {
  if (!spec.project.multiTenant || spec.project.auth === 'none') return new Set();
  return new Set([...entities.filter((entity) => entity.tenantScoped).map((entity) => entity.name), 'User']);
}

/** Who a level lets in: anyone, any signed-in caller (owner rows are checked per row), admins. */
const REACH: Record<AccessLevel, number> = { public: 0, authenticated: 1, owner: 1, admin: 2 };

export function buildAccessView(entity: Entity, spec: Spec): AccessView {
  const enforced = spec.project.auth !== 'none';
  const read = enforced ? entity.access.read : 'public';
  const write = enforced ? entity.access.write : 'public';
  // The built-in User's table and its tenant are the auth part's; no owner column there.
  const builtIn = enforced && entity.name === 'User';
  const tenantScoped = enforced && spec.project.multiTenant && entity.tenantScoped && !builtIn;
  const ownerColumn = !builtIn && (read === 'owner' || write === 'owner');
  const columns: AccessColumn[] = [];
  // A tenant's rows go with it; rows outlive their creator's account (then only admins reach them).
  if (tenantScoped) columns.push({ name: 'tenant_id', referredTable: 'tenants', onDelete: 'CASCADE', nullable: false });
  if (ownerColumn) columns.push({ name: 'owner_id', referredTable: 'users', onDelete: 'SET NULL', nullable: true });
  const create = tenantScoped && write === 'public' ? 'authenticated' : write;
  return {
    enforced,
    read,
    write,
    readLiteral: pyString(read),
    writeLiteral: pyString(write),
    createLiteral: pyString(create),
    ownerColumn,
    tenantScoped,
    ownerRead: ownerColumn && read === 'owner',
    ownerWrite: ownerColumn && write === 'owner',
    writeNeedsRead: REACH[read] > REACH[write],
    visibility: [
      ...(entity.softDelete ? [`${entity.name}.deleted_at.is_(None)`] : []),
      ...(tenantScoped ? [`${entity.name}.tenant_id == self._actor.tenant_id`] : []),
    ],
    visibilityNote: [
      ...(entity.softDelete ? ['not deleted'] : []),
      ...(tenantScoped ? ["in the caller's tenant"] : []),
      ...(read === 'owner' ? ['its own unless an admin'] : []),
    ].join(', '),
    columns,
    userDependency: !enforced ? null : read !== 'public' && write !== 'public' ? 'CurrentUser' : 'OptionalUser',
  };
}
