/** Filterable field names against the list endpoint's own query parameters. */
import { describe, expect, it } from 'vitest';
import { errorsOf, expectError, expectValid, spec, withEntities, withField } from './support/specs';

const FIELD = 'entities[0].fields[0]';

const filterable = (name: string, pagination?: string) =>
  spec((s) => {
    s.entities = [{ name: 'Item', fields: [{ name, type: 'integer', filterable: true }] }];
    if (pagination) s.api = { pagination };
  });

describe('filterable names and the page parameters', () => {
  it.each([
    ['limit', undefined, 'offset'],
    ['offset', 'offset', 'offset'],
    ['page', 'page', 'page'],
    ['size', 'page', 'page'],
  ])('refuses a filterable %s with %s pagination', (name, pagination, mode) => {
    expect(errorsOf(filterable(name, pagination))).toEqual([
      {
        path: `${FIELD}.filterable`,
        message: `"${name}" is a query parameter of every list endpoint with ${mode} pagination, so it cannot also be a filter; rename the field or make it not filterable`,
      },
    ]);
  });

  it.each(['offset', 'page'])('refuses a filterable sort with %s pagination', (pagination) => {
    expectError(
      filterable('sort', pagination),
      `${FIELD}.filterable`,
      '"sort" is a query parameter of every list endpoint,',
    );
  });

  it.each([
    ['page', 'offset'],
    ['size', undefined],
    ['limit', 'page'],
    ['offset', 'page'],
  ])('accepts a filterable %s with %s pagination (not a parameter there)', (name, pagination) => {
    expectValid(filterable(name, pagination));
  });

  it.each(['limit', 'offset', 'page', 'size', 'sort'])('accepts %s when it is not filterable', (name) => {
    expectValid(withField({ name, type: 'integer', sortable: true, index: true }));
  });

  it('still refuses sort when api does not parse', () => {
    const input = spec((s) => {
      s.entities = [{ name: 'Item', fields: [{ name: 'sort', type: 'integer', filterable: true }] }];
      s.api = { pagination: 'cursor' };
    });
    expectError(input, `${FIELD}.filterable`, '"sort" is a query parameter');
  });
});

describe('filterable names and filter operators', () => {
  const fields = (...list: Record<string, unknown>[]) => withEntities([{ name: 'Item', fields: list }]);

  it('refuses a filterable <field>__<operator> next to that filterable field', () => {
    const input = fields(
      { name: 'price', type: 'integer', filterable: true },
      { name: 'price__gte', type: 'integer', filterable: true },
    );
    expect(errorsOf(input)).toEqual([
      {
        path: 'entities[0].fields[1].filterable',
        message:
          '"price__gte" is also the "gte" filter of the filterable field "price"; rename the field or make it not filterable',
      },
    ]);
  });

  it.each(['in', 'lte', 'contains'])('knows the %s operator', (operator) => {
    const input = fields(
      { name: 'title', type: 'string', filterable: true },
      { name: `title__${operator}`, type: 'string', filterable: true },
    );
    expectError(input, 'entities[0].fields[1].filterable', `the "${operator}" filter of the filterable field "title"`);
  });

  it('refuses one that shadows a foreign key filter', () => {
    const input = withEntities(
      [
        { name: 'Customer', fields: [{ name: 'name', type: 'string' }] },
        { name: 'Order', fields: [{ name: 'customer_id__in', type: 'string', filterable: true }] },
      ],
      [{ kind: 'one-to-many', from: 'Customer', to: 'Order' }],
    );
    expectError(
      input,
      'entities[1].fields[0].filterable',
      '"customer_id__in" is also the "in" filter of the foreign key "customer_id"',
    );
  });

  it.each([
    ['the base field is not filterable', { name: 'price', type: 'integer' }, 'price__gte'],
    ['the suffix is not an operator', { name: 'price', type: 'integer', filterable: true }, 'price__max'],
    ['no such base field', { name: 'cost', type: 'integer', filterable: true }, 'price__gte'],
  ])('accepts it when %s', (_what, base, name) => {
    expectValid(fields(base, { name, type: 'integer', filterable: true }));
  });
});
