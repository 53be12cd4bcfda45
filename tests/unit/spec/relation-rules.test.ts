/** Relation ends, kinds and the names relations add: passing and failing cases with path and reason. */
import { describe, expect, it } from 'vitest';
import { entity, errorsOf, expectError, expectValid, withEntities } from './support/specs';

const customerOrder = (relation: Record<string, unknown>, project = {}) =>
  withEntities(
    [entity('Customer', 'name'), entity('Order', 'reference')],
    [{ kind: 'one-to-many', from: 'Customer', to: 'Order', ...relation }],
    project,
  );

describe('relation ends', () => {
  it('name entities of the spec', () => {
    expectError(
      customerOrder({ to: 'Ordr' }),
      'relations[0].to',
      '"Ordr" is not an entity of this spec (entities: Customer, Order, User)',
    );
    expectError(
      customerOrder({ from: 'customer' }),
      'relations[0].from',
      '"customer" is not an entity of this spec (did you mean "Customer"?)',
    );
    expectValid(customerOrder({}));
  });

  it('may name the built-in User when auth is on, even without a User entity', () => {
    expectValid(customerOrder({ from: 'User' }));
    expectError(
      customerOrder({ from: 'User' }, { auth: 'none' }),
      'relations[0].from',
      '"User" is built in only when project.auth is not "none"',
    );
  });

  it('may join an entity to itself', () => {
    const spec = expectValid(
      withEntities(
        [entity('Employee', 'name')],
        [{ kind: 'one-to-many', from: 'Employee', to: 'Employee', fromName: 'reports', toName: 'manager' }],
      ),
    );
    expect(spec.relations[0]).toMatchObject({ fromName: 'reports', toName: 'manager', onDelete: 'set-null' });
  });

  it('an unknown kind or key', () => {
    expectError(
      customerOrder({ kind: 'many-to-one' }),
      'relations[0].kind',
      '"many-to-one" is not one of one-to-many, one-to-one, many-to-many',
    );
    expectError(customerOrder({ cascade: true }), 'relations[0].cascade', 'is not a key of a relation');
  });
});

describe('required and onDelete', () => {
  it('"set-null" is invalid with required', () => {
    expectError(
      customerOrder({ required: true, onDelete: 'set-null' }),
      'relations[0].onDelete',
      '"set-null" is invalid with required: true',
    );
    expectValid(customerOrder({ required: true, onDelete: 'restrict' }));
    expectValid(customerOrder({ required: false, onDelete: 'set-null' }));
  });

  it('a many-to-many relation is never required and always cascades', () => {
    expectError(
      customerOrder({ kind: 'many-to-many', required: true }),
      'relations[0].required',
      'a many-to-many relation cannot be required',
    );
    expectError(
      customerOrder({ kind: 'many-to-many', onDelete: 'restrict' }),
      'relations[0].onDelete',
      '"restrict" is not possible for a many-to-many relation: its junction table always cascades',
    );
    expectError(
      customerOrder({ kind: 'many-to-many', onDelete: 'set-null' }),
      'relations[0].onDelete',
      'always cascades',
    );
    const spec = expectValid(customerOrder({ kind: 'many-to-many', required: false, onDelete: 'cascade' }));
    expect(spec.relations[0]).toMatchObject({ fromName: 'orders', toName: 'customers', onDelete: 'cascade' });
  });
});

describe('names relations add', () => {
  it('fromName / toName follow the field-name rules', () => {
    expectError(customerOrder({ fromName: 'class' }), 'relations[0].fromName', '"class" is a Python keyword');
    expectError(customerOrder({ toName: 'id' }), 'relations[0].toName', '"id" is reserved');
    expectError(
      customerOrder({ toName: 'Buyer' }),
      'relations[0].toName',
      '"Buyer" is not a valid relation attribute name',
    );
    expectValid(customerOrder({ fromName: 'purchases', toName: 'buyer' }));
  });

  it('a foreign key may not clash with a field, reported at both', () => {
    const input = withEntities(
      [entity('Customer', 'name'), entity('Order', 'customer_id')],
      [{ kind: 'one-to-many', from: 'Customer', to: 'Order' }],
    );
    expectError(
      input,
      'relations[0].toName',
      'the foreign key "customer_id" on Order clashes with the field customer_id (fields[0]) (the default toName; set toName',
    );
    expectError(
      input,
      'entities[1].fields[0].name',
      '"customer_id" is also the foreign key that relations[0] (Customer → Order) adds to Order',
    );
  });

  it('an attribute may not clash with a field', () => {
    const input = withEntities(
      [entity('Customer', 'name', 'orders'), entity('Order', 'reference')],
      [{ kind: 'one-to-many', from: 'Customer', to: 'Order' }],
    );
    expectError(
      input,
      'relations[0].fromName',
      'the attribute "orders" on Customer clashes with the field orders (fields[1])',
    );
    expectError(input, 'entities[0].fields[1].name', '"orders" is also the attribute');
  });

  it('an id list may not clash with a field', () => {
    const input = withEntities(
      [entity('Task', 'label_ids'), entity('Label', 'name')],
      [{ kind: 'many-to-many', from: 'Task', to: 'Label' }],
    );
    expectError(input, 'relations[0].fromName', 'the id list "label_ids" on Task clashes with the field label_ids');
    const ok = withEntities(
      [entity('Task', 'title'), entity('Label', 'name')],
      [{ kind: 'many-to-many', from: 'Task', to: 'Label' }],
    );
    expectValid(ok);
  });

  it('names of two relations may not clash on one entity', () => {
    const twice = withEntities(
      [entity('Customer', 'name'), entity('Order', 'reference')],
      [
        { kind: 'one-to-many', from: 'Customer', to: 'Order' },
        { kind: 'one-to-many', from: 'Customer', to: 'Order' },
      ],
    );
    expectError(
      twice,
      'relations[1].toName',
      'the attribute "customer" on Order clashes with the attribute customer of relations[0]',
    );
    expectError(twice, 'relations[1].fromName', 'the attribute "orders" on Customer clashes');
    const named = withEntities(
      [entity('Customer', 'name'), entity('Order', 'reference')],
      [
        { kind: 'one-to-many', from: 'Customer', to: 'Order' },
        { kind: 'one-to-many', from: 'Customer', to: 'Order', fromName: 'referred_orders', toName: 'referrer' },
      ],
    );
    expectValid(named);
  });

  it('both ends of a self relation live on one entity', () => {
    const self = withEntities([entity('Person', 'name')], [{ kind: 'many-to-many', from: 'Person', to: 'Person' }]);
    expectError(
      self,
      'relations[0].toName',
      'the attribute "people" on Person clashes with the attribute people of relations[0]',
    );
    expectError(self, 'relations[0].toName', 'the id list "person_ids" on Person clashes with the id list person_ids');
    expectValid(
      withEntities(
        [entity('Person', 'name')],
        [{ kind: 'many-to-many', from: 'Person', to: 'Person', fromName: 'following', toName: 'followers' }],
      ),
    );
  });

  it('a foreign key on the built-in User may not clash with its fields or reserved columns', () => {
    const toUser = (toName?: string) =>
      withEntities(
        [entity('Role', 'title')],
        [{ kind: 'one-to-many', from: 'Role', to: 'User', ...(toName ? { toName } : {}) }],
        { multiTenant: true },
      );
    expectError(
      toUser(),
      'relations[0].toName',
      'the attribute "role" on User clashes with the built-in User field role (the default toName',
    );
    expectError(
      toUser('tenant'),
      'relations[0].toName',
      'the foreign key "tenant_id" on User clashes with the reserved column tenant_id',
    );
    expectError(
      toUser('owner'),
      'relations[0].toName',
      'the foreign key "owner_id" on User clashes with the reserved column owner_id',
    );
    expectValid(toUser('job_role'));
  });

  it('an attribute on User may not take a built-in field, with or without a User entity', () => {
    const fromUser = (entities: Record<string, unknown>[]) =>
      withEntities(
        [...entities, entity('Order', 'reference')],
        [{ kind: 'one-to-many', from: 'User', to: 'Order', fromName: 'email' }],
      );
    expectError(
      fromUser([]),
      'relations[0].fromName',
      'the attribute "email" on User clashes with the built-in User field email',
    );
    expectError(
      fromUser([entity('User', 'nickname')]),
      'relations[0].fromName',
      'clashes with the built-in User field email',
    );
  });

  it('a foreign key fits in 63 characters', () => {
    const long = 'a'.repeat(61);
    expectError(
      customerOrder({ toName: long }),
      'relations[0].toName',
      `the foreign key "${long}_id" is 64 characters long; databases allow 63`,
    );
    expectValid(customerOrder({ toName: 'a'.repeat(60) }));
  });
});

describe('junction tables', () => {
  const taskLabel = (relations: Record<string, unknown>[], extra: Record<string, unknown>[] = []) =>
    withEntities([entity('Task', 'title'), entity('Label', 'name'), ...extra], relations);

  it('two many-to-many relations between the same entities would share a table', () => {
    const input = taskLabel([
      { kind: 'many-to-many', from: 'Task', to: 'Label' },
      { kind: 'many-to-many', from: 'Task', to: 'Label', fromName: 'tags', toName: 'tagged' },
    ]);
    expectError(
      input,
      'relations[1]',
      'its junction table "tasks_labels" is already the junction table of relations[0]',
    );
    expectValid(
      taskLabel([
        { kind: 'many-to-many', from: 'Task', to: 'Label' },
        { kind: 'many-to-many', from: 'Label', to: 'Task', fromName: 'pinned_tasks', toName: 'pins' },
      ]),
    );
  });

  it('a junction table may not take an entity table', () => {
    const input = taskLabel(
      [{ kind: 'many-to-many', from: 'Task', to: 'Label' }],
      [{ ...entity('Tagging'), plural: 'tasks_labels' }],
    );
    expectError(
      input,
      'relations[0]',
      'its junction table "tasks_labels" is already the table of Tagging (entities[2])',
    );
  });

  it('a junction table fits in 63 characters', () => {
    const input = withEntities(
      [
        { ...entity('Task'), plural: `t${'a'.repeat(39)}` },
        { ...entity('Label'), plural: `l${'b'.repeat(29)}` },
      ],
      [{ kind: 'many-to-many', from: 'Task', to: 'Label', fromName: 'labels', toName: 'tasks' }],
    );
    expectError(input, 'relations[0]', 'is 71 characters long; databases allow 63');
  });
});

describe('reporting', () => {
  it('a relation with an unknown end is not checked further', () => {
    const errors = errorsOf(customerOrder({ to: 'Nowhere', fromName: 'orders' }));
    expect(errors.map((e) => e.path)).toEqual(['relations[0].to']);
  });
});
