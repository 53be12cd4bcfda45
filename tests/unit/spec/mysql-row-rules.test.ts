/** MySQL VARCHAR limits: 16383 characters per column, 65535 bytes per row (TEXT and JSON aside). */
import { describe, expect, it } from 'vitest';
import { errorsOf, expectError, expectValid, withEntities, withField } from './support/specs';

const strings = (count: number, maxLength: number, extra: Record<string, unknown>[] = []) => [
  ...Array.from({ length: count }, (_, i) => ({ name: `s${i}`, type: 'string', maxLength })),
  ...extra,
];

describe('MySQL VARCHAR limits', () => {
  it('refuses a string longer than a VARCHAR holds, on MySQL only', () => {
    expectError(
      withField({ name: 'body', type: 'string', maxLength: 16384 }, { database: 'mysql' }),
      'entities[0].fields[0].maxLength',
      '16384 is more than a MySQL VARCHAR holds (16383 characters of utf8mb4); use type "text" for "body"',
    );
    expectValid(withField({ name: 'body', type: 'string', maxLength: 16000 }, { database: 'mysql' }));
    expectValid(withField({ name: 'body', type: 'string', maxLength: 65535 }, { database: 'postgresql' }));
    expectValid(withField({ name: 'body', type: 'text', maxLength: 65535 }, { database: 'mysql' }));
  });

  // MariaDB 10.11 creates 16 VARCHAR(1000) columns plus a VARCHAR(300) and refuses 17 (error 1118).
  it('refuses a row of strings past 65535 bytes', () => {
    const errors = errorsOf(withEntities([{ name: 'Item', fields: strings(17, 1000) }], [], { database: 'mysql' }));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.path).toBe('entities[0].fields');
    expect(errors[0]!.message).toMatch(/^its columns take about 68\d\d\d bytes of a MySQL row, whose limit is 65535/);
  });

  it('accepts what fits, and counts text, json and unindexed urls as pointers', () => {
    const fits = strings(16, 1000, [{ name: 'tail', type: 'string', maxLength: 300 }]);
    expectValid(withEntities([{ name: 'Item', fields: fits }], [], { database: 'mysql' }));
    const pointers = [
      ...strings(16, 1000),
      ...['a', 'b', 'c'].map((name) => ({ name, type: 'text' })),
      { name: 'd', type: 'json' },
      { name: 'e', type: 'url' },
      { name: 'f', type: 'email', maxLength: 5000 },
    ];
    expectValid(withEntities([{ name: 'Item', fields: pointers }], [], { database: 'mysql' }));
  });

  it('counts UUID keys, foreign keys and the fields of the default maxLength', () => {
    const many = strings(64, 255);
    expectValid(withEntities([{ name: 'Item', fields: many }], [], { database: 'mysql' }));
    expectError(
      withEntities([{ name: 'Item', fields: strings(65, 255) }], [], { database: 'mysql' }),
      'entities[0].fields',
      'of a MySQL row',
    );
    const withParent = withEntities(
      [
        { name: 'Parent', fields: [{ name: 'title', type: 'string' }] },
        { name: 'Item', fields: strings(64, 255) },
      ],
      [{ kind: 'one-to-many', from: 'Parent', to: 'Item' }],
      { database: 'mysql', primaryKey: 'uuid' },
    );
    expectError(withParent, 'entities[1].fields', 'of a MySQL row');
  });

  it('leaves PostgreSQL and SQLite alone', () => {
    expectValid(withEntities([{ name: 'Item', fields: strings(40, 2000) }], [], { database: 'postgresql' }));
    expectValid(withEntities([{ name: 'Item', fields: strings(40, 2000) }], [], { database: 'sqlite' }));
  });
});
