/**
 * What the schemas check feeds Pydantic per entity: a valid Create body and, for each
 * rule of each field, a body that breaks that rule alone with the error types Pydantic
 * must answer (docs/verification.md lists them).
 */
import type { EntityView, ViewModel } from '../../generator/view-model';
import type { FieldView } from '../../generator/view-model/fields';
import { INT32, INT64 } from '../../generator/view-model/field-types';
import { nonMatching } from '../../generator/view-model/regex-sample';
import { toUnits, unitsToDecimal } from '../../generator/view-model/samples';
import { bigInt, sampleId, samplesOf } from './samples';

export interface SchemaCase {
  field: string;
  rule: string;
  value?: unknown;
  /** The key is left out of the body. */
  omit?: true;
  /** Error types any of which is right; empty: the value must be accepted (a bound itself). */
  expected: string[];
}

export interface SchemaEntity {
  entity: string;
  module: string;
  file: string;
  create: string;
  response: string;
  valid: Record<string, unknown>;
  cases: SchemaCase[];
  skip?: string;
}

const TYPE_CASES: Record<FieldView['type'], [unknown, string[]][]> = {
  string: [[12345, ['string_type']]],
  text: [[12345, ['string_type']]],
  integer: [
    ['not-a-number', ['int_parsing']],
    [1.5, ['int_from_float']],
  ],
  bigint: [
    ['not-a-number', ['int_parsing']],
    [1.5, ['int_from_float']],
  ],
  float: [
    ['not-a-number', ['float_parsing']],
    ['inf', ['finite_number']],
  ],
  decimal: [
    ['not-a-number', ['decimal_parsing']],
    ['NaN', ['finite_number']],
  ],
  boolean: [['not-a-boolean', ['bool_parsing']]],
  date: [['2024-13-45', ['date_from_datetime_parsing', 'date_parsing']]],
  datetime: [['not-a-datetime', ['datetime_from_date_parsing', 'datetime_parsing']]],
  email: [['not-an-email', ['value_error']]],
  url: [['not a url', ['url_parsing', 'url_scheme', 'url_type', 'value_error']]],
  uuid: [['not-a-uuid', ['uuid_parsing']]],
  enum: [['_not_a_value', ['enum']]],
  json: [['a string', ['dict_type', 'list_type']]],
};

/** A syntactically valid address of `length` characters (at least 7): labels of at most 63. */
function emailOfLength(length: number): string {
  const host = Array.from({ length: Math.max(1, length - 6) }, (_, i) => ((i + 1) % 63 === 0 ? '.' : 'b'));
  if (host.at(-1) === '.') host[host.length - 1] = 'b';
  return `a@${host.join('')}.com`;
}

function lengthCases(field: FieldView, sample: unknown): SchemaCase[] {
  const spec = field.spec;
  const cases: SchemaCase[] = [];
  const add = (rule: string, value: unknown, expected: string[]) =>
    cases.push({ field: field.name, rule, value, expected });
  if (spec.type === 'string' || spec.type === 'text') {
    const max = spec.maxLength;
    const min = spec.type === 'string' ? (spec.minLength ?? 0) : 0;
    if (max !== undefined) add('maxLength', 'x'.repeat(max + 1), ['string_too_long']);
    if (min > 0) add('minLength', 'x'.repeat(min - 1), ['string_too_short']);
    // Bounds are inclusive; a pattern would refuse the plain filler, so only without one.
    const plain = spec.type === 'text' || spec.pattern === undefined;
    if (plain && max !== undefined && max <= 10_000) add('maxLength-inclusive', 'x'.repeat(max), []);
    if (plain && min > 0) add('minLength-inclusive', 'x'.repeat(min), []);
    if (spec.type === 'string' && spec.pattern !== undefined) {
      const length = typeof sample === 'string' ? sample.length : 8;
      const mismatch = nonMatching(spec.pattern, min, max ?? Infinity, length);
      if (mismatch !== null) add('pattern', mismatch, ['string_pattern_mismatch']);
    }
  }
  // Longer addresses than 254 characters fail the email syntax itself.
  if (spec.type === 'email' && spec.maxLength < 254)
    add('maxLength', emailOfLength(spec.maxLength + 1), ['too_long', 'string_too_long']);
  if (spec.type === 'url') {
    const long = `https://example.com/${'a'.repeat(Math.max(0, spec.maxLength + 1 - 20))}`;
    add('maxLength', long, ['too_long', 'string_too_long', ...(spec.maxLength >= 2083 ? ['value_error'] : [])]);
  }
  return cases;
}

function boundCases(field: FieldView): SchemaCase[] {
  const spec = field.spec;
  const cases: SchemaCase[] = [];
  const add = (rule: string, value: unknown, expected: string[]) =>
    cases.push({ field: field.name, rule, value, expected });
  if (spec.type === 'integer' || spec.type === 'bigint') {
    const limits = spec.type === 'bigint' ? INT64 : INT32;
    const min = BigInt(spec.min ?? limits.min);
    const max = BigInt(spec.max ?? limits.max);
    add('min', bigInt(min - 1n), ['greater_than_equal']);
    add('min-inclusive', bigInt(min), []);
    add('max', bigInt(max + 1n), ['less_than_equal']);
    add('max-inclusive', bigInt(max), []);
  }
  if (spec.type === 'float') {
    if (spec.min !== undefined) {
      add('min', spec.min - Math.max(1, Math.abs(spec.min)), ['greater_than_equal']);
      add('min-inclusive', spec.min, []);
    }
    if (spec.max !== undefined) {
      add('max', spec.max + Math.max(1, Math.abs(spec.max)), ['less_than_equal']);
      add('max-inclusive', spec.max, []);
    }
  }
  if (spec.type === 'decimal') {
    const { precision, scale } = spec;
    const fits = (units: bigint) => (units < 0n ? -units : units).toString().length <= precision;
    if (spec.min !== undefined) {
      const units = toUnits(spec.min, scale, 'up');
      if (fits(units - 1n)) add('min', unitsToDecimal(units - 1n, scale), ['greater_than_equal']);
      if (fits(units)) add('min-inclusive', unitsToDecimal(units, scale), []);
    }
    if (spec.max !== undefined) {
      const units = toUnits(spec.max, scale, 'down');
      if (fits(units + 1n)) add('max', unitsToDecimal(units + 1n, scale), ['less_than_equal']);
      if (fits(units)) add('max-inclusive', unitsToDecimal(units, scale), []);
    }
    const places = `0.${'0'.repeat(scale)}1`;
    add('scale', places, precision > scale ? ['decimal_max_places'] : ['decimal_max_digits']);
    add('precision', '9'.repeat(precision - scale + 1), ['decimal_max_digits', 'decimal_whole_digits']);
  }
  return cases;
}

function fieldCases(field: FieldView, sample: unknown): SchemaCase[] {
  const cases: SchemaCase[] = TYPE_CASES[field.type].map(([value, expected], i) => ({
    field: field.name,
    rule: i === 0 ? 'type' : `type-${i + 1}`,
    value,
    expected,
  }));
  if (field.mandatory) cases.unshift({ field: field.name, rule: 'required', omit: true, expected: ['missing'] });
  return [...cases, ...lengthCases(field, sample), ...boundCases(field)];
}

export function schemaEntity(entity: EntityView): SchemaEntity {
  const base = {
    entity: entity.name,
    module: `app.schemas.${entity.module}`,
    file: `app/schemas/${entity.module}.py`,
    create: `${entity.name}Create`,
    response: `${entity.name}Response`,
  };
  const valid: Record<string, unknown> = {};
  const cases: SchemaCase[] = [];
  const unsampled: string[] = [];
  for (const field of entity.fields.filter((f) => f.writable)) {
    const sample = samplesOf(field)?.values[0];
    if (sample !== undefined) valid[field.name] = sample;
    else if (field.mandatory) unsampled.push(field.name);
    cases.push(...fieldCases(field, sample));
  }
  const idType = entity.idType === 'UUID' ? ['uuid_parsing'] : ['int_parsing'];
  for (const key of entity.foreignKeys) {
    valid[key.name] = sampleId(entity, 1);
    if (key.ref.required) cases.push({ field: key.name, rule: 'required', omit: true, expected: ['missing'] });
    cases.push({ field: key.name, rule: 'type', value: 'not-an-id', expected: idType });
  }
  for (const list of entity.idLists) {
    valid[list.name] = [];
    cases.push({ field: list.name, rule: 'type', value: 'not-a-list', expected: ['list_type'] });
  }
  const skip = unsampled.length > 0 ? `no valid sample value could be made for ${unsampled.join(', ')}` : undefined;
  return { ...base, valid, cases, ...(skip ? { skip } : {}) };
}

export const schemaCases = (vm: ViewModel) => ({ entities: vm.entities.map(schemaEntity) });
