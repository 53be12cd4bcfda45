/** tests/test_input_hygiene.py: which fields its NUL cases cover, and the request base class. */
import { describe, expect, it } from 'vitest';
import { renderProject } from '../../../src/generator';
import { buildViewModel } from '../../../src/generator/view-model';
import { oneEntity, spec } from './view-model-support';

const FIELDS = [
  { name: 'title', type: 'string', filterable: true },
  { name: 'code', type: 'string', pattern: '^[A-Z]{3}$' },
  { name: 'notes', type: 'text' },
  { name: 'email', type: 'email', filterable: true },
  { name: 'homepage', type: 'url' },
  { name: 'seen_at', type: 'datetime', autoNow: 'update' },
  { name: 'payload', type: 'json' },
  { name: 'count', type: 'integer', filterable: true },
];

describe('input hygiene tests', () => {
  const view = buildViewModel(oneEntity(FIELDS)).hygieneTests!;
  const fieldsOf = (cases: { field: string }[]) => cases.map((c) => JSON.parse(c.field));

  it('covers every writable text field without a pattern', () => {
    expect(fieldsOf(view.text)).toEqual(['title', 'notes', 'email', 'homepage']);
    expect(view.text[0]).toMatchObject({ module: 'product', urlConstant: 'PRODUCT_URL', id: '"product.title"' });
  });

  it('keeps NUL inside json values, and refuses it in text filters', () => {
    expect(fieldsOf(view.json)).toEqual(['payload']);
    expect(fieldsOf(view.filters)).toEqual(['title', 'email']);
    expect(view.collectionUrl).toBe('PRODUCT_URL');
  });

  it('sends a value too long for a btree index to indexed or unique long strings and text', () => {
    const long = buildViewModel(
      oneEntity([
        { name: 'notes', type: 'text', index: true },
        { name: 'summary', type: 'string', maxLength: 5000, unique: true },
        { name: 'blurb', type: 'string', maxLength: 3200, index: true },
        { name: 'short', type: 'string', maxLength: 2999, unique: true },
        { name: 'coded', type: 'string', maxLength: 5000, index: true, pattern: '^[a-z]+$' },
        { name: 'plain', type: 'text' },
      ]),
    ).hygieneTests!;
    expect(long.longIndexed.map((c) => [JSON.parse(c.field), c.length])).toEqual([
      ['notes', 4000],
      ['summary', 4000],
      ['blurb', 3200],
    ]);
    expect(view.longIndexed).toEqual([]);
  });

  it('is generated only with entities that have routes', () => {
    const empty = spec({ project: { name: 'shop', auth: 'none' }, entities: [] });
    expect(buildViewModel(empty).hygieneTests).toBeNull();
    expect(renderProject(empty).some((file) => file.path === 'tests/test_input_hygiene.py')).toBe(false);
    const files = renderProject(oneEntity(FIELDS));
    const test = files.find((file) => file.path === 'tests/test_input_hygiene.py')!.content;
    expect(test).toContain('factories.build_product, factories.create_product, factories.PRODUCT_URL, "notes"');
  });

  it('request bodies derive from RequestModel, which refuses NUL; responses do not', () => {
    const files = renderProject(oneEntity(FIELDS));
    const schema = files.find((file) => file.path === 'app/schemas/product.py')!.content;
    expect(schema).toContain('class ProductCreate(RequestModel):');
    expect(schema).toContain('class ProductUpdate(RequestModel):');
    expect(schema).toContain('class ProductResponse(BaseModel):');
    const base = files.find((file) => file.path === 'app/schemas/base.py')!.content;
    expect(base).toMatch(/class RequestModel\(BaseModel\):[\s\S]*"\\x00" in value/);
  });
});
