/** What the checks feed Python, computed from the spec: samples, broken values, rules, endpoints. */
import { describe, expect, it } from 'vitest';
import { buildViewModel } from '../../../src/generator/view-model';
import { expectedEndpoints } from '../../../src/verify/cases/endpoints';
import { modelsPayload } from '../../../src/verify/cases/models';
import { schemaEntity } from '../../../src/verify/cases/schemas';
import { oneEntity, spec } from '../generator/view-model-support';
import { exampleSpec } from './support';

const casesOf = (fields: Record<string, unknown>[]) => schemaEntity(buildViewModel(oneEntity(fields)).entities[0]!);
const rules = (fields: Record<string, unknown>[]) =>
  Object.fromEntries(casesOf(fields).cases.map((c) => [`${c.field} ${c.rule}`, c.omit ? 'omitted' : c.value]));

describe('schema cases', () => {
  it('names the module, the classes and a valid body', () => {
    const entity = casesOf([{ name: 'title', type: 'string', required: true, maxLength: 20 }]);
    expect(entity).toMatchObject({
      entity: 'Product',
      module: 'app.schemas.product',
      file: 'app/schemas/product.py',
      create: 'ProductCreate',
      response: 'ProductResponse',
      valid: { title: 'title-00' },
    });
    expect(entity.cases).toEqual([
      { field: 'title', rule: 'required', omit: true, expected: ['missing'] },
      { field: 'title', rule: 'type', value: 12345, expected: ['string_type'] },
      { field: 'title', rule: 'maxLength', value: 'x'.repeat(21), expected: ['string_too_long'] },
      { field: 'title', rule: 'maxLength-inclusive', value: 'x'.repeat(20), expected: [] },
    ]);
  });

  it('breaks each bound of a decimal, within its digits where the rule is reachable', () => {
    const entity = casesOf([{ name: 'price', type: 'decimal', precision: 4, scale: 2, min: 0, max: 10 }]);
    const byRule = Object.fromEntries(entity.cases.map((c) => [c.rule, [c.value, c.expected]]));
    expect(byRule).toEqual({
      type: ['not-a-number', ['decimal_parsing']],
      'type-2': ['NaN', ['finite_number']],
      min: ['-0.01', ['greater_than_equal']],
      'min-inclusive': ['0.00', []],
      max: ['10.01', ['less_than_equal']],
      'max-inclusive': ['10.00', []],
      scale: ['0.001', ['decimal_max_places']],
      precision: ['999', ['decimal_max_digits', 'decimal_whole_digits']],
    });
    // With precision = scale a third decimal place is also a fifth digit.
    const tight = casesOf([{ name: 'ratio', type: 'decimal', precision: 2, scale: 2 }]);
    expect(tight.cases.find((c) => c.rule === 'scale')).toMatchObject({
      value: '0.001',
      expected: ['decimal_max_digits'],
    });
  });

  it('integers get the column bounds; beyond 2**53 they travel as {"$int": …}', () => {
    expect(rules([{ name: 'count', type: 'integer' }])).toMatchObject({
      'count min': -2147483649,
      'count min-inclusive': -2147483648,
      'count max': 2147483648,
    });
    expect(rules([{ name: 'big', type: 'bigint', min: 5 }])).toMatchObject({
      'big min': 4,
      'big max': { $int: '9223372036854775808' },
    });
  });

  it('an email too long is still a well-formed address; patterns get a mismatching string', () => {
    const email = rules([{ name: 'email', type: 'email', maxLength: 80 }])['email maxLength'] as string;
    expect(email).toHaveLength(81);
    expect(email).toMatch(/^a@(b{1,63}\.)*b{1,63}\.com$/);
    expect(rules([{ name: 'email', type: 'email' }])['email maxLength']).toBeUndefined(); // 320 > 254: syntax limits it
    const code = rules([{ name: 'code', type: 'string', maxLength: 8, pattern: '^[A-Z]{3}$' }])[
      'code pattern'
    ] as string;
    expect(/^[A-Z]{3}$/.test(code)).toBe(false);
  });

  it('foreign keys and id lists are part of the body', () => {
    const vm = buildViewModel(exampleSpec('users-orders'));
    const order = schemaEntity(vm.entities.find((e) => e.name === 'Order')!);
    expect(order.valid).toMatchObject({
      customer_id: 1,
      handler_id: 1,
      reference: expect.stringMatching(/^ORD-\d{6}$/),
    });
    expect(order.valid).not.toHaveProperty('placed_at'); // autoNow: set by the server
    expect(order.cases).toContainEqual({ field: 'customer_id', rule: 'required', omit: true, expected: ['missing'] });
  });
});

describe('models payload', () => {
  it('carries the rules the spec implies', () => {
    const payload = modelsPayload(buildViewModel(exampleSpec('users-orders')));
    expect(payload.modules).toEqual(['app.models', 'app.models.user', 'app.models.customer', 'app.models.order']);
    expect(payload.unique).toEqual(
      expect.arrayContaining([
        { table: 'customers', column: 'email' },
        { table: 'orders', column: 'reference' },
      ]),
    );
    expect(payload.foreignKeys).toEqual([
      { table: 'orders', column: 'customer_id', references: 'customers', onDelete: 'cascade', required: true },
      { table: 'orders', column: 'handler_id', references: 'users', onDelete: 'set-null', required: false },
    ]);
    expect(payload.tables.orders!.rows).toHaveLength(4);
    expect(new Set(payload.tables.orders!.rows.map((row) => row.reference)).size).toBe(4);
  });

  it('lists junction tables once, and fewer rows when a unique field has few values', () => {
    const vm = buildViewModel(
      spec({
        project: { name: 'shop', auth: 'none', database: 'sqlite' },
        entities: [
          { name: 'Post', fields: [{ name: 'flag', type: 'boolean', unique: true }] },
          { name: 'Tag', fields: [{ name: 'name', type: 'string' }] },
        ],
        relations: [{ kind: 'many-to-many', from: 'Post', to: 'Tag' }],
      }),
    );
    const payload = modelsPayload(vm);
    expect(payload.junctions).toEqual([
      { table: 'posts_tags', columns: ['post_id', 'tag_id'], references: ['posts', 'tags'] },
    ]);
    expect(payload.tables.posts!.rows).toHaveLength(2);
  });
});

describe('expected endpoints', () => {
  it('health, then CRUD under the prefix with the pagination parameters', () => {
    const vm = buildViewModel(
      spec({
        project: { name: 'shop', auth: 'none' },
        entities: [{ name: 'Category', fields: [{ name: 'name', type: 'string' }] }],
        api: { prefix: '/v2', pagination: 'page' },
      }),
    );
    expect(expectedEndpoints(vm)).toEqual([
      { path: '/health', methods: ['GET'], file: 'app/api/v1/endpoints/health.py' },
      { path: '/health/ready', methods: ['GET'], file: 'app/api/v1/endpoints/health.py' },
      {
        path: '/v2/categories',
        methods: ['GET', 'POST'],
        query: { GET: ['page', 'size', 'sort'] },
        file: 'app/api/v1/endpoints/category.py',
      },
      {
        path: '/v2/categories/{id}',
        methods: ['GET', 'PUT', 'PATCH', 'DELETE'],
        file: 'app/api/v1/endpoints/category.py',
      },
    ]);
  });
});
