/** Indexes and unique constraints: json never; on MySQL, unique keys within InnoDB's 3072 bytes. */
import { describe, expect, it } from 'vitest';
import { errorsOf, expectError, expectValid, spec, withField } from './support/specs';

const FIELD = 'entities[0].fields[0]';
const MYSQL = { database: 'mysql' };

describe('json fields are neither indexed nor unique', () => {
  it.each(['postgresql', 'mysql', 'sqlite'])('on %s', (database) => {
    const input = withField({ name: 'data', type: 'json', index: true, unique: true }, { database });
    const errors = errorsOf(input);
    expect(errors).toEqual([
      {
        path: `${FIELD}.index`,
        message:
          'json field "data" cannot be indexed: databases have no portable way to compare JSON values (PostgreSQL cannot index its json type)',
      },
      {
        path: `${FIELD}.unique`,
        message:
          'json field "data" cannot be unique: databases have no portable way to compare JSON values (PostgreSQL cannot index its json type)',
      },
    ]);
  });

  it('reports each key in document order', () => {
    const errors = errorsOf(withField({ name: 'data', type: 'json', unique: true, index: true }));
    expect(errors.map((e) => e.path)).toEqual([`${FIELD}.unique`, `${FIELD}.index`]);
  });

  it('accepts json without them, and filterable or sortable flags stay as they are', () => {
    expectValid(withField({ name: 'data', type: 'json', index: false, unique: false }));
  });
});

describe('unique keys on MySQL', () => {
  it('refuses a unique text field', () => {
    expectError(
      withField({ name: 'body', type: 'text', unique: true }, MYSQL),
      `${FIELD}.unique`,
      'text field "body" cannot be unique on MySQL: MySQL indexes TEXT columns only by a prefix',
    );
  });

  it('refuses a unique text field even with a short maxLength (the column is TEXT)', () => {
    expectError(
      withField({ name: 'body', type: 'text', maxLength: 20, unique: true }, MYSQL),
      `${FIELD}.unique`,
      'use type "string" with maxLength 768 or less',
    );
  });

  it.each([
    ['a string past 768 characters', { type: 'string', maxLength: 769 }, 769],
    ['a url with the default maxLength', { type: 'url' }, 2083],
  ])('refuses %s', (_what, field, maxLength) => {
    expectError(
      withField({ name: 'key', unique: true, ...field }, MYSQL),
      `${FIELD}.unique`,
      `field "key" cannot be unique on MySQL: a unique key holds at most 3072 bytes, 768 characters of utf8mb4, and maxLength is ${maxLength}; set maxLength to 768 or less`,
    );
  });

  it.each([
    ['a string of 768 characters', { type: 'string', maxLength: 768 }],
    ['a url of 768 characters', { type: 'url', maxLength: 768 }],
    ['an email with the default maxLength (320)', { type: 'email' }],
    ['an email with a long maxLength (the column holds 320)', { type: 'email', maxLength: 5000 }],
    ['an integer', { type: 'integer' }],
  ])('accepts %s', (_what, field) => {
    expectValid(withField({ name: 'key', unique: true, ...field }, MYSQL));
  });

  it.each([
    ['a plain index on text', { type: 'text', index: true }],
    ['a plain index on a long string', { type: 'string', maxLength: 5000, index: true }],
    ['a plain index on a url', { type: 'url', index: true }],
  ])('accepts %s (a prefix index on MySQL)', (_what, field) => {
    expectValid(withField({ name: 'key', ...field }, MYSQL));
  });

  it.each(['postgresql', 'sqlite'])('accepts unique text and long strings on %s', (database) => {
    expectValid(withField({ name: 'key', type: 'text', unique: true }, { database }));
    expectValid(withField({ name: 'key', type: 'url', unique: true }, { database }));
  });

  it('leaves room for tenant_id in a per-tenant unique key', () => {
    const tenants = (primaryKey: string, maxLength: number, tenantScoped?: boolean) =>
      spec((s) => {
        s.project = { name: 'shop', database: 'mysql', auth: 'jwt', multiTenant: true, primaryKey };
        s.entities = [
          { name: 'Item', tenantScoped, fields: [{ name: 'code', type: 'string', maxLength, unique: true }] },
        ];
      });
    expectError(tenants('uuid', 737), `${FIELD}.unique`, 'a unique key (with tenant_id) holds at most 3072 bytes, 736');
    expectValid(tenants('uuid', 736));
    expectError(tenants('int', 768), `${FIELD}.unique`, '767 characters of utf8mb4');
    expectValid(tenants('int', 767));
    expectValid(tenants('uuid', 768, false));
  });
});

describe('derived table and junction column names fit in 63 characters', () => {
  const LONG = 'ABc'.repeat(13) + 'A'; // 40 characters, 66 in snake_case

  it('refuses a derived table name past 63 characters, not a written plural', () => {
    expectError(
      spec((s) => (s.entities = [{ name: LONG, fields: [{ name: 'title', type: 'string' }] }])),
      'entities[0].name',
      'its table name "a_bc_a_bc',
    );
    expectValid(
      spec((s) => (s.entities = [{ name: LONG, plural: 'things', fields: [{ name: 'title', type: 'string' }] }])),
    );
  });

  it('refuses a junction column past 63 characters', () => {
    const input = spec((s) => {
      s.entities = [
        { name: LONG, plural: 'things', fields: [{ name: 'title', type: 'string' }] },
        { name: 'Tag', fields: [{ name: 'label', type: 'string' }] },
      ];
      s.relations = [{ kind: 'many-to-many', from: 'Tag', to: LONG }];
    });
    expectError(input, 'relations[0].to', 'its junction table column "a_bc_a_bc');
  });

  it('refuses a long self junction column, naming the key to shorten', () => {
    const toName = `p${'x'.repeat(62)}`;
    const input = spec((s) => {
      s.entities = [{ name: 'Person', fields: [{ name: 'title', type: 'string' }] }];
      s.relations = [{ kind: 'many-to-many', from: 'Person', to: 'Person', fromName: 'follows', toName }];
    });
    expectError(input, 'relations[0].toName', `is 66 characters long; databases allow 63 (set a shorter toName)`);
  });

  it('accepts realistic long names', () => {
    expectValid(
      spec((s) => {
        s.entities = [
          { name: 'HTTPRequestURLParserXMLConfigJSONMapperV', fields: [{ name: 'title', type: 'string' }] },
          { name: 'Tag', fields: [{ name: 'label', type: 'string' }] },
        ];
        s.relations = [{ kind: 'many-to-many', from: 'Tag', to: 'HTTPRequestURLParserXMLConfigJSONMapperV' }];
      }),
    );
  });
});
