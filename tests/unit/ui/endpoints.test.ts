import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateSpec, type Spec } from '../../../src/spec';
import { deriveEndpoints, filterParams } from '../../../src/ui/derived/endpoints';

const example = (name: string): Spec => {
  const result = validateSpec(JSON.parse(readFileSync(`tests/fixtures/specs/examples/${name}.json`, 'utf8')));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.spec;
};
const specOf = (value: unknown): Spec => {
  const result = validateSpec(value);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.spec;
};
const names = (params: { name: string }[]) => params.map((p) => p.name);

describe('derived endpoints', () => {
  const orders = example('users-orders');
  const groups = deriveEndpoints(orders);
  const group = (title: string) => groups.find((g) => g.title === title)!;

  it('lists health, auth, each entity and the websocket, in that order', () => {
    expect(groups.map((g) => g.title)).toEqual(['Health', 'Auth', 'User', 'Customer', 'Order', 'WebSocket']);
    expect(group('Health').endpoints.map((e) => `${e.method} ${e.path}`)).toEqual(['GET /health', 'GET /health/ready']);
    expect(group('Auth').endpoints.map((e) => `${e.method} ${e.path}`)).toEqual([
      'POST /api/v1/auth/register',
      'POST /api/v1/auth/login',
      'POST /api/v1/auth/refresh',
      'POST /api/v1/auth/logout',
      'GET /api/v1/auth/me',
    ]);
    expect(group('WebSocket').endpoints[0]).toMatchObject({
      method: 'WS',
      path: '/api/v1/ws',
      query: [{ name: 'token' }],
    });
  });

  it('gives each entity CRUD under prefix/plural with its access levels', () => {
    expect(group('Order').endpoints.map((e) => `${e.method} ${e.path} ${e.access}`)).toEqual([
      'GET /api/v1/orders authenticated',
      'POST /api/v1/orders authenticated',
      'GET /api/v1/orders/{id} authenticated',
      'PUT /api/v1/orders/{id} authenticated',
      'PATCH /api/v1/orders/{id} authenticated',
      'DELETE /api/v1/orders/{id} authenticated',
    ]);
    expect(group('Order').endpoints[5]!.summary).toContain('deleted_at');
  });

  it('offers pagination, sort and the filters each field type allows, foreign keys always', () => {
    const list = group('Order').endpoints[0]!;
    expect(names(list.query)).toEqual([
      'limit',
      'offset',
      'sort',
      'total',
      'total__in',
      'total__gte',
      'total__lte',
      'status',
      'status__in',
      'placed_at',
      'placed_at__in',
      'placed_at__gte',
      'placed_at__lte',
      'customer_id',
      'customer_id__in',
      'handler_id',
      'handler_id__in',
    ]);
    expect(list.query.find((q) => q.name === 'sort')!.meaning).toContain(
      'id, total, placed_at, created_at, updated_at',
    );
    const customers = group('Customer').endpoints[0]!;
    expect(names(customers.query)).toContain('name__contains');
    expect(names(customers.query)).toContain('email__contains');
    expect(names(customers.query)).not.toContain('role__contains');
    expect(names(customers.query)).not.toContain('role__gte');
  });

  it('includes the built-in User columns for a declared User', () => {
    const list = group('User').endpoints[0]!;
    expect(names(list.query)).toEqual(expect.arrayContaining(['email__contains', 'role', 'is_active', 'team__in']));
    expect(list.query.find((q) => q.name === 'sort')!.meaning).toContain('id, email, created_at');
  });

  it('follows page pagination, tenants, OAuth2 providers and the prefix', () => {
    const saas = deriveEndpoints(example('saas'));
    const titles = saas.map((g) => g.title);
    expect(titles).toContain('Tenants');
    const auth = saas.find((g) => g.title === 'Auth')!.endpoints.map((e) => e.path);
    expect(auth).toEqual(expect.arrayContaining(['/api/v1/auth/google/login', '/api/v1/auth/github/callback']));
    const task = saas.find((g) => g.title === 'Task')!;
    expect(names(task.endpoints[0]!.query).slice(0, 2)).toEqual(['page', 'size']);
    expect(task.endpoints.map((e) => e.access)).toEqual([
      'authenticated',
      'owner',
      'authenticated',
      'owner',
      'owner',
      'owner',
    ]);
    expect(names(task.endpoints[0]!.query)).toContain('project_id');
    expect(names(task.endpoints[0]!.query)).not.toContain('extra');
  });

  it('is public and without auth routes when auth is none', () => {
    const spec = specOf({
      specVersion: 1,
      project: { name: 'todo', auth: 'none', auditFields: false },
      entities: [{ name: 'Todo', fields: [{ name: 'title', type: 'string', sortable: true }] }],
      api: { prefix: '', websockets: true },
    });
    const groups = deriveEndpoints(spec);
    expect(groups.map((g) => g.title)).toEqual(['Health', 'Todo', 'WebSocket']);
    expect(groups[1]!.endpoints[0]).toMatchObject({ path: '/todos', access: 'public' });
    expect(groups[1]!.endpoints[0]!.query.find((q) => q.name === 'sort')!.meaning).toMatch(/: id, title$/);
    expect(groups[2]!.endpoints[0]!.query).toEqual([]);
  });

  it('maps each type to its operators', () => {
    const ops = (type: Parameters<typeof filterParams>[0]['type']) =>
      names(filterParams({ name: 'f', type })).map((n) => n.replace(/^f/, '') || '=');
    expect(ops('integer')).toEqual(['=', '__in', '__gte', '__lte']);
    expect(ops('date')).toEqual(['=', '__in', '__gte', '__lte']);
    expect(ops('datetime')).toEqual(['=', '__in', '__gte', '__lte']);
    expect(ops('decimal')).toEqual(['=', '__in', '__gte', '__lte']);
    expect(ops('url')).toEqual(['=', '__in', '__contains']);
    expect(ops('text')).toEqual(['=', '__in', '__contains']);
    expect(ops('boolean')).toEqual(['=', '__in']);
    expect(ops('uuid')).toEqual(['=', '__in']);
    expect(ops('enum')).toEqual(['=', '__in']);
    expect(ops('json')).toEqual([]);
  });
});
