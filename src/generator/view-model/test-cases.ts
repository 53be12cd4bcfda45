/**
 * Data for the generated API tests of one entity: sample bodies, every validation rule
 * as a value that breaks it (and the boundary values that must pass), and the filters,
 * sorts and relations to exercise. Tests are generic functions over these tables.
 */
import { pyString } from '../escape';
import type { FieldView } from './fields';
import { INT32, INT64, OPERATORS } from './field-types';
import type { ForeignKeyView, IdListView } from './model';
import { pyFloat, pyLiteral, pyNumber } from './python';
import { nonMatching } from './regex-sample';
import type { FieldSamples } from './samples';
import { toUnits, unitsToDecimal } from './samples';

/** SQLite stores decimals as doubles: exact to 15 significant digits (other databases: always). */
const SQLITE_EXACT_DIGITS = 15;

export interface ValueCase {
  id: string;
  name: string;
  /** Python expression of the value. */
  code: string;
  convert: string;
}

/** Python name of the function that turns a response value into something comparable. */
export function converter(type: FieldView['type'] | 'id', idType: string): string {
  switch (type) {
    case 'integer':
    case 'bigint':
      return 'int';
    case 'float':
      return 'float';
    case 'decimal':
      return 'Decimal';
    case 'boolean':
      return 'bool';
    case 'datetime':
      return 'as_datetime';
    case 'id':
      return idType === 'UUID' ? 'str' : 'int';
    default:
      return 'str';
  }
}

/** `"x" * 201` for long strings, a literal for short ones. */
const stringOfLength = (times: number) => (times <= 8 ? pyString('x'.repeat(times)) : `"x" * ${times}`);

function wrongType(field: FieldView): string[] {
  switch (field.type) {
    case 'string':
    case 'text':
      return ['12345'];
    case 'integer':
    case 'bigint':
      return ['"not-a-number"', '1.5'];
    case 'float':
    case 'decimal':
      return ['"not-a-number"'];
    case 'boolean':
      return ['"not-a-boolean"'];
    case 'date':
      return ['"2024-13-45"'];
    case 'datetime':
      return ['"not-a-datetime"'];
    case 'email':
      return ['"not-an-email"'];
    case 'url':
      return ['"not a url"'];
    case 'uuid':
      return ['"not-a-uuid"'];
    case 'enum':
      return ['"_not_a_value"'];
    case 'json':
      return ['"a string"', '42'];
  }
}

/** Decimal text of a spec bound (rounded inwards to the scale), shifted by `shift` units. */
function decimalBound(value: number, scale: number, side: 'min' | 'max', shift: bigint): string {
  return unitsToDecimal(toUnits(value, scale, side === 'min' ? 'up' : 'down') + shift, scale);
}

/** Values that break one rule each (422), and boundary values that must be accepted (201). */
export function valueCases(field: FieldView, sampleLength: number): { invalid: ValueCase[]; boundaries: ValueCase[] } {
  const spec = field.spec;
  const invalid: ValueCase[] = [];
  const boundaries: ValueCase[] = [];
  const convert = converter(field.type, '');
  const bad = (rule: string, code: string) =>
    invalid.push({ id: `${field.name}-${rule}`, name: field.name, code, convert });
  const ok = (rule: string, code: string) =>
    boundaries.push({ id: `${field.name}-${rule}`, name: field.name, code, convert });
  wrongType(field).forEach((code, i) => bad(i === 0 ? 'type' : `type-${i + 1}`, code));
  switch (spec.type) {
    case 'string':
    case 'text': {
      const max = spec.maxLength;
      const min = spec.type === 'string' ? (spec.minLength ?? 0) : 0;
      const pattern = spec.type === 'string' ? spec.pattern : undefined;
      if (max !== undefined) bad('max_length', stringOfLength(max + 1));
      if (min > 0) bad('min_length', stringOfLength(min - 1));
      if (pattern !== undefined) {
        const mismatch = nonMatching(pattern, min, max ?? Infinity, sampleLength);
        if (mismatch !== null) bad('pattern', pyString(mismatch));
      } else {
        if (max !== undefined && max <= 10000) ok('max_length', stringOfLength(max));
        if (min > 0) ok('min_length', stringOfLength(min));
      }
      break;
    }
    case 'email':
      bad('max_length', `"a" * ${spec.maxLength} + "@example.com"`);
      break;
    case 'url':
      bad('max_length', `"https://example.com/" + "a" * ${spec.maxLength}`);
      break;
    case 'integer':
    case 'bigint': {
      const limits = spec.type === 'bigint' ? INT64 : INT32;
      const below = spec.min !== undefined ? BigInt(spec.min) - 1n : BigInt(limits.min) - 1n;
      const above = spec.max !== undefined ? BigInt(spec.max) + 1n : BigInt(limits.max) + 1n;
      if (below >= BigInt(limits.min) - 1n) bad('min', below.toString());
      if (above <= BigInt(limits.max) + 1n) bad('max', above.toString());
      if (spec.min !== undefined) ok('min', pyNumber(spec.min));
      if (spec.max !== undefined) ok('max', pyNumber(spec.max));
      break;
    }
    case 'float':
      if (spec.min !== undefined) {
        bad('min', pyFloat(spec.min - Math.max(1, Math.abs(spec.min))));
        ok('min', pyFloat(spec.min));
      }
      if (spec.max !== undefined) {
        bad('max', pyFloat(spec.max + Math.max(1, Math.abs(spec.max))));
        ok('max', pyFloat(spec.max));
      }
      break;
    case 'decimal': {
      const { precision, scale } = spec;
      bad('decimal_places', pyString(`1.${'0'.repeat(scale)}1`));
      bad('max_digits', pyString('9'.repeat(precision - scale + 1)));
      const unit = 10n ** BigInt(scale);
      const limit = 10n ** BigInt(precision) - 1n;
      const fits = (value: number, side: 'min' | 'max') => {
        const units = toUnits(value, scale, side === 'min' ? 'up' : 'down');
        const digits = (units < 0n ? -units : units).toString().replace(/0+$/, '').length;
        return units <= limit && units >= -limit && digits <= SQLITE_EXACT_DIGITS;
      };
      if (spec.min !== undefined) {
        bad('min', pyString(decimalBound(spec.min, scale, 'min', -unit)));
        if (fits(spec.min, 'min')) ok('min', pyString(decimalBound(spec.min, scale, 'min', 0n)));
      }
      if (spec.max !== undefined) {
        bad('max', pyString(decimalBound(spec.max, scale, 'max', unit)));
        if (fits(spec.max, 'max')) ok('max', pyString(decimalBound(spec.max, scale, 'max', 0n)));
      } else if (precision <= SQLITE_EXACT_DIGITS) {
        ok('max_digits', pyString(`${'9'.repeat(precision - scale) || '0'}${scale ? `.${'9'.repeat(scale)}` : ''}`));
      }
      break;
    }
    default:
      break;
  }
  return { invalid, boundaries };
}

export interface FilterCase {
  name: string;
  operator: string;
  convert: string;
}

/** Every (filter, operator) pair to exercise; `in` is skipped where a sample holds a comma. */
export function filterCases(field: FieldView, samples: FieldSamples | null): FilterCase[] {
  if (!samples) return [];
  const hasComma = samples.values.some((value) => typeof value === 'string' && value.includes(','));
  return OPERATORS[field.info.operators]
    .filter((operator) => !(operator === 'in' && hasComma))
    .map((operator) => ({ name: field.name, operator, convert: converter(field.type, '') }));
}

/** Query strings the list endpoint must refuse with a 422 naming the parameter. */
export function badFilters(fields: FieldView[], foreignKeys: ForeignKeyView[]): { param: string; value: string }[] {
  const cases = [{ param: '_unknown', value: '1' }];
  const filterable = fields.filter((field) => field.filterable);
  const first = (set: string) => filterable.find((field) => field.info.operators === set);
  const text = first('TEXT');
  const ordered = first('ORDERED');
  const equality = first('EQUALITY');
  const json = first('NO_OPERATORS');
  if (filterable[0]) cases.push({ param: `${filterable[0].name}__between`, value: '1' });
  if (text) cases.push({ param: `${text.name}__gte`, value: 'a' });
  if (ordered) {
    cases.push({ param: `${ordered.name}__contains`, value: '1' });
    cases.push({ param: `${ordered.name}__gte`, value: 'not-a-value' });
    cases.push({ param: ordered.name, value: 'not-a-value' });
  }
  if (equality) {
    cases.push({ param: `${equality.name}__lte`, value: '1' });
    cases.push({ param: equality.name, value: 'not-a-value' });
  }
  if (json) cases.push({ param: json.name, value: '1' });
  if (foreignKeys[0]) cases.push({ param: `${foreignKeys[0].name}__contains`, value: '1' });
  return cases;
}

/** Python literals for the samples of one body, by JSON key. */
export const payloadLiteral = (payload: Record<string, unknown>) => pyLiteral(payload);

export const idLists = (lists: IdListView[]) => lists.map((list) => list.name);
