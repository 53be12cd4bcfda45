/** Entity names, tables and Python classes: a passing and a failing case each, with path and reason. */
import { describe, expect, it } from 'vitest';
import { entity, errorsOf, expectError, expectValid, withEntities } from './support/specs';

describe('entity names', () => {
  it.each([
    ['lowercase', 'customer', {}, 'is not a valid entity name: use singular PascalCase'],
    ['a keyword', 'None', {}, '"None" is a Python keyword'],
    ['True', 'True', {}, '"True" is a Python keyword'],
    ['a keyword as module', 'Class', {}, '"Class" would make the module class.py, and "class" is a Python keyword'],
    ['a reserved class', 'Page', {}, 'collides with the class Page the generated code already uses'],
    ['Base', 'Base', {}, 'collides with the class Base'],
    ['Settings', 'Settings', {}, 'collides with the class Settings'],
    [
      'a built-in module',
      'Health',
      {},
      '"Health" would make the module health.py, which every generated project already has',
    ],
    ['RefreshToken', 'RefreshToken', {}, 'module refresh_token.py'],
    ['Tenant when multiTenant', 'Tenant', { multiTenant: true }, '"Tenant" is reserved in a multi-tenant project'],
    [
      'TenantInvitation when multiTenant',
      'TenantInvitation',
      { multiTenant: true },
      'reserved in a multi-tenant project',
    ],
    ['TENANT when multiTenant', 'TENANT', { multiTenant: true }, 'reserved in a multi-tenant project'],
    ['User without auth', 'User', { auth: 'none' }, '"User" is only allowed when project.auth is not "none"'],
    ['USER with auth', 'USER', {}, '"USER" collides with the built-in User'],
    ['UserCreate with auth', 'UserCreate', {}, 'collides with the class UserCreate of the built-in User'],
    ['UserRole with auth', 'UserRole', {}, 'collides with the class UserRole of the built-in User'],
  ])('rejects %s', (_what, name, project, message) => {
    expectError(withEntities([entity(name)], [], project), 'entities[0].name', message);
  });

  it.each([
    ['a name like a keyword but longer', 'Classroom', {}],
    ['Tenant without multiTenant', 'Tenant', {}],
    ['User with auth', 'User', {}],
    ['UserCreate without auth', 'UserCreate', { auth: 'none' }],
    ['a 40-character name', `A${'b'.repeat(39)}`, {}],
    ['digits', 'Item2', {}],
  ])('accepts %s', (_what, name, project) => {
    expectValid(withEntities([entity(name)], [], project));
  });

  it('names are unique, compared case-insensitively', () => {
    expectError(
      withEntities([entity('Order'), entity('ORDER')]),
      'entities[1].name',
      '"ORDER" is already the name of entities[0] ("Order")',
    );
    const errors = expectError(
      withEntities([entity('Order'), entity('Order')]),
      'entities[1].name',
      '"Order" is already the name of entities[0];',
    );
    expect(errors).toHaveLength(1);
    expectValid(withEntities([entity('Order'), entity('OrderLine')]));
  });
});

describe('User', () => {
  it('may not redeclare a built-in user field', () => {
    for (const name of ['email', 'password', 'role', 'is_active', 'hashed_password']) {
      expectError(
        withEntities([entity('User', 'nickname', name)]),
        'entities[0].fields[1].name',
        `"${name}" is a built-in field of User and may not be redeclared`,
      );
    }
    expectValid(withEntities([entity('User', 'nickname', 'team')]));
    expectValid(withEntities([entity('Customer', 'email', 'role')]));
  });
});

describe('tables (plurals)', () => {
  it('two entities cannot share a table', () => {
    expectError(
      withEntities([entity('Person'), { ...entity('Folk'), plural: 'people' }]),
      'entities[1].plural',
      '"people" is already the table of Person (entities[0]); two tables cannot share a name',
    );
    expectError(
      withEntities([{ ...entity('Crate'), plural: 'boxes' }, entity('Box')]),
      'entities[1].name',
      'the plural "boxes" (derived from "Box") is already the table of Crate',
    );
    expectValid(withEntities([entity('Person'), { ...entity('Folk'), plural: 'folk' }]));
  });

  it('a plural cannot take a built-in table or route', () => {
    const withPlural = (plural: string, project = {}) =>
      withEntities([{ ...entity('Thing'), plural }], [], project) as { api: Record<string, unknown> } & Record<
        string,
        unknown
      >;
    expectError(withPlural('auth'), 'entities[0].plural', '"auth" is already a built-in table or route of auth');
    expectError(withPlural('users'), 'entities[0].plural', '"users" is already the table of the built-in User');
    expectError(withPlural('refresh_tokens'), 'entities[0].plural', 'of auth');
    expectError(withPlural('tenants', { multiTenant: true }), 'entities[0].plural', 'of multiTenant');
    expectError(withPlural('health'), 'entities[0].plural', 'is already a built-in table or route');
    expectError(withPlural('alembic_version'), 'entities[0].plural', 'is already a built-in table or route');
    const ws = withPlural('ws');
    ws.api = { websockets: true };
    expectError(ws, 'entities[0].plural', 'the websocket route');
    expectValid(withPlural('auth', { auth: 'none' }));
    expectValid(withPlural('users', { auth: 'none' }));
    expectValid(withPlural('tenants'));
    expectValid(withPlural('ws'));
  });

  it('the User entity owns the users table', () => {
    expectValid(withEntities([entity('User', 'nickname')]));
    expectError(
      withEntities([entity('User', 'nickname'), { ...entity('Member'), plural: 'users' }]),
      'entities[1].plural',
      'the table of User',
    );
  });
});

describe('derived classes', () => {
  it('an entity cannot take the schema class of another', () => {
    expectError(
      withEntities([entity('Order'), entity('OrderCreate')]),
      'entities[1].name',
      '"OrderCreate" collides with the schema class OrderCreate of entity Order (entities[0])',
    );
    expectError(
      withEntities([entity('OrderResponse'), entity('Order')]),
      'entities[1].name',
      'its schema class OrderResponse collides with the class of entity OrderResponse (entities[0])',
    );
    expectValid(withEntities([entity('Order'), entity('OrderCreation')]));
  });

  const enumField = (name: string) => ({ name, type: 'enum', values: ['a', 'b'] });

  it('enum classes <Entity><Field> collide with nothing', () => {
    expectError(
      withEntities([{ name: 'Order', fields: [enumField('status')] }, entity('OrderStatus')]),
      'entities[1].name',
      '"OrderStatus" collides with the enum class OrderStatus of entity Order (entities[0]).status',
    );
    expectError(
      withEntities([{ name: 'Str', fields: [enumField('enum')] }]),
      'entities[0].fields[0].name',
      'its enum class StrEnum collides with the class StrEnum the generated code already uses',
    );
    expectError(
      withEntities([{ name: 'Item', fields: [enumField('a_b'), enumField('a__b')] }]),
      'entities[0].fields[1].name',
      'its enum class ItemAB collides with the enum class ItemAB of entity Item (entities[0]).a_b',
    );
    expectError(
      withEntities([
        { name: 'Order', fields: [enumField('create')] },
        { name: 'OrderCreate', fields: [enumField('x')] },
      ]),
      'entities[0].fields[0].name',
      'its enum class OrderCreate collides with the schema class OrderCreate',
    );
    expectValid(withEntities([{ name: 'Order', fields: [enumField('status')] }, entity('OrderState')]));
  });

  it('a problem is reported once, where it is written', () => {
    const errors = errorsOf(withEntities([entity('Order'), entity('OrderCreate'), entity('OrderCreate')]));
    expect(errors.map((e) => e.path)).toEqual(['entities[1].name', 'entities[2].name']);
  });
});

describe('one problem, one report', () => {
  it('a redeclared User enum field is reported once, as a built-in field', () => {
    const errors = errorsOf(withEntities([{ name: 'User', fields: [{ name: 'role', type: 'enum', values: ['a'] }] }]));
    expect(errors).toEqual([
      { path: 'entities[0].fields[0].name', message: '"role" is a built-in field of User and may not be redeclared' },
    ]);
  });
});
