import { describe, expect, it } from 'vitest';
import { buildViewModel } from '../../../src/generator/view-model';
import { fieldSamples } from '../../../src/generator/view-model/samples';
import type { Field } from '../../../src/spec';
import { oneEntity } from './view-model-support';

/** The normalized spec field for a definition (defaults filled in by the schema). */
function specField(definition: Record<string, unknown>): Field {
  return oneEntity([{ name: 'value', ...definition }]).entities[0]!.fields[0]!;
}

const samplesOf = (definition: Record<string, unknown>, count = 4) => {
  const field = specField(definition);
  return fieldSamples(field, count, field.default);
};

describe('fieldSamples', () => {
  it('fits strings into their length bounds and keeps them distinct', () => {
    for (const bounds of [{ maxLength: 1 }, { maxLength: 3 }, { minLength: 30, maxLength: 40 }, { maxLength: 255 }]) {
      const { values, distinct } = samplesOf({ type: 'string', ...bounds })!;
      expect(distinct).toBe(4);
      for (const value of values as string[]) {
        expect(value.length).toBeLessThanOrEqual(bounds.maxLength);
        expect(value.length).toBeGreaterThanOrEqual(bounds.minLength ?? 0);
      }
    }
  });

  it('matches patterns: references, colours, alternatives', () => {
    expect(samplesOf({ type: 'string', pattern: '^ORD-[0-9]{6}$' })!.values).toEqual([
      'ORD-000000',
      'ORD-000001',
      'ORD-000002',
      'ORD-000003',
    ]);
    const colours = samplesOf({ type: 'string', maxLength: 7, pattern: '^#[0-9a-f]{6}$' })!.values as string[];
    for (const value of colours) expect(value).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('falls back to the default, or gives up, when a pattern is beyond the sampler', () => {
    expect(samplesOf({ type: 'string', pattern: '^(?=x)x$', default: 'x' })).toEqual({
      values: ['x', 'x', 'x', 'x'],
      distinct: 1,
    });
    expect(samplesOf({ type: 'string', pattern: '^(?=x)x$' })).toBeNull();
  });

  it('keeps numbers inside inclusive bounds', () => {
    expect(samplesOf({ type: 'integer', min: 5, max: 6 })).toEqual({ values: [5, 6, 5, 6], distinct: 2 });
    const ratios = samplesOf({ type: 'float', min: 0, max: 1 })!.values as number[];
    for (const value of ratios) expect(value >= 0 && value <= 1).toBe(true);
    expect(new Set(ratios).size).toBe(4);
  });

  it('writes decimals with their scale, within digits and bounds', () => {
    expect(samplesOf({ type: 'decimal', precision: 5, scale: 2 })!.values).toEqual(['1.50', '2.50', '3.50', '4.50']);
    expect(samplesOf({ type: 'decimal', precision: 2, scale: 2 })!.values).toEqual(['0.96', '0.97', '0.98', '0.99']);
    expect(samplesOf({ type: 'decimal', precision: 6, scale: 0, min: 10, max: 11 })!.values).toEqual([
      '10',
      '11',
      '10',
      '11',
    ]);
  });

  it('makes valid emails, URLs, UUIDs, dates and datetimes', () => {
    for (const value of samplesOf({ type: 'email', maxLength: 20 })!.values as string[]) {
      expect(value).toMatch(/^[a-z0-9]+@[a-z.]+$/);
      expect(value.length).toBeLessThanOrEqual(20);
    }
    for (const value of samplesOf({ type: 'url' })!.values as string[])
      expect(value).toMatch(/^https:\/\/example\.com\//);
    for (const value of samplesOf({ type: 'uuid' })!.values as string[]) {
      expect(value).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    expect(samplesOf({ type: 'date' })!.values[3]).toBe('2024-01-04');
    expect(samplesOf({ type: 'datetime' })!.values[0]).toBe('2024-01-01T10:30:00Z');
  });

  it('has as many distinct values as the type allows', () => {
    expect(samplesOf({ type: 'boolean' })!.distinct).toBe(2);
    expect(samplesOf({ type: 'enum', values: ['a', 'b', 'c'] })!.distinct).toBe(3);
    const json = samplesOf({ type: 'json' })!.values;
    expect(Array.isArray(json[0])).toBe(false);
    expect(Array.isArray(json[1])).toBe(true);
  });
});

describe('test data of an entity', () => {
  it('limits the rows tests create to what unique fields allow', () => {
    const vm = buildViewModel(oneEntity([{ name: 'flag', type: 'boolean', unique: true, required: true }]));
    expect(vm.entities[0]!.tests.rows).toBe(2);
  });

  it('skips the tests of an entity whose required field cannot be sampled', () => {
    const vm = buildViewModel(oneEntity([{ name: 'code', type: 'string', required: true, pattern: '^(?=a)a$' }]));
    expect(vm.entities[0]!.tests.skipReason).toMatch(/code/);
    expect(vm.entities[0]!.factory.skipReason).toMatch(/code/);
  });

  it('lists each validation rule as a value that breaks it, and the boundaries that pass', () => {
    const vm = buildViewModel(
      oneEntity([
        { name: 'qty', type: 'integer', min: 1, max: 5, required: true },
        { name: 'name', type: 'string', minLength: 2, maxLength: 4 },
        { name: 'price', type: 'decimal', precision: 5, scale: 2 },
      ]),
    );
    const tests = vm.entities[0]!.tests;
    expect(tests.invalid.map((c) => [c.id, c.code])).toEqual([
      ['qty-type', '"not-a-number"'],
      ['qty-type-2', '1.5'],
      ['qty-min', '0'],
      ['qty-max', '6'],
      ['name-type', '12345'],
      ['name-max_length', '"xxxxx"'],
      ['name-min_length', '"x"'],
      ['price-type', '"not-a-number"'],
      ['price-decimal_places', '"1.001"'],
      ['price-max_digits', '"9999"'],
    ]);
    expect(tests.boundaries.map((c) => [c.id, c.code])).toEqual([
      ['qty-min', '1'],
      ['qty-max', '5'],
      ['name-max_length', '"xxxx"'],
      ['name-min_length', '"xx"'],
      ['price-max_digits', '"999.99"'],
    ]);
    expect(tests.required).toEqual(['qty']);
  });
});
