/** Access levels and tenant scoping in the view model and the rendered entity modules. */
import { describe, expect, it } from 'vitest';
import { renderProject } from '../../../src/generator';
import { buildViewModel } from '../../../src/generator/view-model';
import { spec } from './view-model-support';

type Level = 'public' | 'authenticated' | 'owner' | 'admin';

const NAME = { name: 'name', type: 'string', required: true, unique: true };

function project(options: { auth?: string; multiTenant?: boolean; read?: Level; write?: Level; uuid?: boolean }) {
  const access = options.read ? { access: { read: options.read, write: options.write ?? options.read } } : {};
  return spec({
    project: {
      name: 'shop',
      auth: options.auth ?? 'jwt',
      multiTenant: options.multiTenant ?? false,
      primaryKey: options.uuid ? 'uuid' : 'int',
      database: 'postgresql',
    },
    entities: [
      { name: 'Customer', fields: [NAME], ...access },
      { name: 'Order', fields: [{ name: 'reference', type: 'string', required: true }], ...access },
    ],
    relations: [{ kind: 'one-to-many', from: 'Customer', to: 'Order', required: true }],
  });
}

const entity = (s: ReturnType<typeof project>, name: string) =>
  buildViewModel(s).entities.find((e) => e.name === name)!;
const file = (s: ReturnType<typeof project>, path: string) =>
  renderProject(s).find((f) => f.path === path)?.content ?? '';

describe('access view', () => {
  it('enforces nothing and adds no column with auth "none"', () => {
    const order = entity(project({ auth: 'none' }), 'Order');
    expect(order.access).toMatchObject({ enforced: false, read: 'public', write: 'public', columns: [] });
    expect(order.access.userDependency).toBeNull();
    expect(file(project({ auth: 'none' }), 'app/services/order.py')).toContain(
      'await self._events.publish("order.created", created, PUBLIC)',
    );
  });

  it('adds owner_id only with an owner level, tenant_id only when tenant-scoped', () => {
    expect(entity(project({ read: 'authenticated' }), 'Order').access.columns).toEqual([]);
    expect(entity(project({ read: 'public', write: 'owner' }), 'Order').access.columns.map((c) => c.name)).toEqual([
      'owner_id',
    ]);
    const scoped = entity(project({ multiTenant: true, read: 'owner' }), 'Order');
    expect(scoped.access.columns.map((c) => c.name)).toEqual(['tenant_id', 'owner_id']);
    expect(scoped.model.columns.map((c) => c.attr)).toEqual(['reference', 'customer_id', 'tenant_id', 'owner_id']);
    expect(scoped.schemas.response.map((line) => line.attr)).toContain('tenant_id');
    expect(scoped.schemas.create.map((line) => line.attr)).not.toContain('tenant_id');
    expect(scoped.schemas.create.map((line) => line.attr)).not.toContain('owner_id');
  });

  it('needs a token for every operation unless a level is public', () => {
    expect(entity(project({ read: 'authenticated' }), 'Order').access.userDependency).toBe('CurrentUser');
    expect(entity(project({ read: 'public', write: 'admin' }), 'Order').access.userDependency).toBe('OptionalUser');
  });

  it('makes unique constraints per tenant in the model and the migration', () => {
    const s = project({ multiTenant: true, uuid: true });
    const customer = entity(s, 'Customer');
    expect(customer.model.tableArgs).toBe('(UniqueConstraint("name", "tenant_id"),)');
    expect(customer.fields[0]!.model.args).not.toContain('unique=True');
    const migration = file(s, 'alembic/versions/0001_initial.py');
    expect(migration).toContain('sa.UniqueConstraint("name", "tenant_id", name=op.f("uq_customers_name"))');
    expect(migration).toContain('["tenant_id"], ["tenants.id"]');
    expect(migration).toContain('op.f("ix_customers_tenant_id")');
  });

  it("checks references against the caller's tenant", () => {
    const order = entity(project({ multiTenant: true }), 'Order');
    expect(order.service.foreignKeyChecks[0]!.where).toBe(
      ', where=[models.Customer.tenant_id == self._actor.tenant_id]',
    );
    expect(entity(project({}), 'Order').service.foreignKeyChecks[0]!.where).toBe('');
  });
});

describe('access tests view', () => {
  const ids = (ops: { id: string }[]) => ops.map((op) => op.id);

  it('lists the operations that need a token and those only admins may use', () => {
    const publicRead = entity(project({ read: 'public', write: 'admin' }), 'Order').tests.access;
    expect(ids(publicRead.needToken)).toEqual(['create', 'replace', 'update', 'delete']);
    expect(ids(publicRead.adminOnly)).toEqual(['create', 'replace', 'update', 'delete']);
    const adminRead = entity(project({ read: 'admin', write: 'authenticated' }), 'Order').tests.access;
    expect(ids(adminRead.adminOnly)).toEqual(['list', 'get', 'replace', 'update', 'delete']);
  });

  it('asks for a token to create a tenant-scoped row even with a public write level', () => {
    const view = entity(project({ multiTenant: true, read: 'public', write: 'public' }), 'Order').tests.access;
    expect(ids(view.needToken)).toEqual(['create']);
    expect(view.publicTenantRead).toBe(true);
  });

  it('has owner and isolation cases where the levels call for them', () => {
    const owner = entity(project({ multiTenant: true, read: 'owner' }), 'Order').tests.access;
    expect(owner).toMatchObject({ owned: true, ownerRead: true, otherMember: true, tenantScoped: true });
    expect(owner.tenantForeignKeys.map((fk) => fk.name)).toEqual(['customer_id']);
    const writeOwner = entity(project({ read: 'authenticated', write: 'owner' }), 'Order').tests.access;
    expect(writeOwner).toMatchObject({ ownerRead: false, ownerWriteOnly: true, tenantScoped: false });
    const customer = entity(project({ multiTenant: true }), 'Customer').tests.access;
    expect(customer.unique).toEqual(['name']);
  });

  it('lists what members and anonymous callers may do', () => {
    const view = entity(project({ read: 'public', write: 'owner' }), 'Order').tests.access;
    expect(ids(view.anonymousMay)).toEqual(['list', 'get']);
    // Someone else's row under an owner write level is read-only for a member.
    expect(ids(view.memberMay)).toEqual(['list', 'get', 'create']);
    const scoped = entity(project({ multiTenant: true, read: 'public', write: 'public' }), 'Order').tests.access;
    expect(ids(scoped.anonymousMay)).toEqual(['list']);
  });

  it('checks user references against the tenant', () => {
    const s = spec({
      project: { name: 'shop', auth: 'jwt', multiTenant: true, database: 'sqlite' },
      entities: [{ name: 'Ticket', fields: [{ name: 'title', type: 'string', required: true }] }],
      relations: [{ kind: 'one-to-many', from: 'User', to: 'Ticket', toName: 'assignee' }],
    });
    const ticket = buildViewModel(s).entities.find((e) => e.name === 'Ticket')!;
    expect(ticket.tests.access.userKeys).toEqual(['assignee_id']);
    expect(ticket.service.foreignKeyChecks[0]!.where).toBe(', where=[models.User.tenant_id == self._actor.tenant_id]');
  });

  it('renders no access test with auth "none"', () => {
    const test = file(project({ auth: 'none' }), 'tests/test_order.py');
    expect(test).not.toContain('anonymous');
    expect(entity(project({ auth: 'none' }), 'Order').tests.access.enabled).toBe(false);
  });
});
