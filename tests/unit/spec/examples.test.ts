/** The contract's example specs validate, and normalize to the documented defaults. */
import { describe, expect, it } from 'vitest';
import { parseSpecText, validateSpec } from '../../../src/spec';
import { EXAMPLE_NAMES, example, expectValid } from './support/specs';

describe('example specs', () => {
  it.each(EXAMPLE_NAMES)('%s validates, as a value and as JSON text', (name) => {
    expectValid(example(name));
    const text = JSON.stringify(example(name), null, 2);
    expect(parseSpecText(text).ok).toBe(true);
  });

  it('users-orders: plurals, relation names and onDelete defaults', () => {
    const spec = expectValid(example('users-orders'));
    expect(spec.entities.map((e) => [e.name, e.plural])).toEqual([
      ['User', 'users'],
      ['Customer', 'customers'],
      ['Order', 'orders'],
    ]);
    const [byCustomer, byUser] = spec.relations;
    expect(byCustomer).toMatchObject({ fromName: 'orders', toName: 'customer', required: true, onDelete: 'cascade' });
    expect(byUser).toMatchObject({
      fromName: 'handled_orders',
      toName: 'handler',
      required: false,
      onDelete: 'set-null',
    });
    expect(spec.entities[2]!.access).toEqual({ read: 'authenticated', write: 'authenticated' });
    expect(spec.project.title).toBe('Order Desk');
  });

  it('saas: written access kept, tenantScoped from multiTenant, many-to-many names and cascade', () => {
    const spec = expectValid(example('saas'));
    const task = spec.entities.find((e) => e.name === 'Task')!;
    expect(task.access).toEqual({ read: 'authenticated', write: 'owner' });
    expect(spec.entities.find((e) => e.name === 'Project')!.access).toEqual({
      read: 'authenticated',
      write: 'authenticated',
    });
    expect(spec.entities.every((e) => e.tenantScoped)).toBe(true);
    expect(spec.relations[0]).toMatchObject({ fromName: 'tasks', toName: 'project', onDelete: 'cascade' });
    expect(spec.relations[1]).toMatchObject({
      kind: 'many-to-many',
      fromName: 'labels',
      toName: 'tasks',
      onDelete: 'cascade',
    });
    expect(spec.project.title).toBe('Tenant Hub');
  });

  it('minimal: auth "none" makes every entity public and not tenant-scoped', () => {
    const spec = expectValid(example('minimal'));
    expect(spec.entities[0]).toMatchObject({
      plural: 'todos',
      access: { read: 'public', write: 'public' },
      tenantScoped: false,
    });
  });
});

describe('defaults', () => {
  it('an empty-ish spec normalizes to the documented defaults', () => {
    const result = validateSpec({ specVersion: 1, project: { name: 'x1' } });
    expect(result).toEqual({
      ok: true,
      spec: {
        specVersion: 1,
        project: {
          name: 'x1',
          title: 'X1',
          description: '',
          pythonVersion: '3.12',
          database: 'postgresql',
          auth: 'jwt',
          oauth2Providers: [],
          multiTenant: false,
          primaryKey: 'int',
          auditFields: true,
        },
        entities: [],
        relations: [],
        api: {
          prefix: '/api/v1',
          pagination: 'offset',
          defaultPageSize: 20,
          maxPageSize: 100,
          websockets: false,
          websocketBroker: 'memory',
          rateLimit: null,
          corsOrigins: [],
        },
        deploy: { docker: true, ci: ['github'], kubernetes: false },
      },
    });
  });

  it('fields get their fixed defaults per type', () => {
    const spec = expectValid({
      specVersion: 1,
      project: { name: 'x1' },
      entities: [
        {
          name: 'Thing',
          fields: [
            { name: 's', type: 'string' },
            { name: 'd', type: 'decimal' },
            { name: 'e', type: 'email' },
            { name: 'u', type: 'url' },
            { name: 't', type: 'text' },
          ],
        },
      ],
    });
    const [s, d, e, u, t] = spec.entities[0]!.fields;
    expect(s).toEqual({
      name: 's',
      type: 'string',
      maxLength: 255,
      required: false,
      unique: false,
      index: false,
      description: '',
      filterable: false,
      sortable: false,
    });
    expect(d).toMatchObject({ precision: 12, scale: 2 });
    expect(e).toMatchObject({ maxLength: 320 });
    expect(u).toMatchObject({ maxLength: 2083 });
    expect(t).not.toHaveProperty('maxLength');
    expect(spec.entities[0]).toMatchObject({
      plural: 'things',
      description: '',
      softDelete: false,
      tenantScoped: false,
    });
  });

  it('relation names derive from plurals and snake_case, per kind', () => {
    const spec = expectValid({
      specVersion: 1,
      project: { name: 'x1' },
      entities: [
        { name: 'OrderItem', fields: [{ name: 'qty', type: 'integer' }] },
        { name: 'Person', plural: 'folks', fields: [{ name: 'nick', type: 'string' }] },
        { name: 'Category', fields: [{ name: 'label', type: 'string' }] },
      ],
      relations: [
        { kind: 'one-to-one', from: 'Person', to: 'OrderItem' },
        { kind: 'many-to-many', from: 'Category', to: 'Person' },
        { kind: 'one-to-many', from: 'User', to: 'Category', required: true },
      ],
    });
    expect(spec.relations.map((r) => [r.fromName, r.toName, r.onDelete])).toEqual([
      ['order_item', 'person', 'set-null'],
      ['folks', 'categories', 'cascade'],
      ['categories', 'user', 'cascade'],
    ]);
  });
});
