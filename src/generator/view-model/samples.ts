/**
 * Valid values for generated tests, computed from each field's constraints: `count`
 * values per field, distinct where the field allows it, in the form the API returns them
 * (decimals with their scale, datetimes in UTC with `Z`), so tests compare them as-is.
 */
import type { Field } from '../../spec';
import { INT32, INT64 } from './field-types';
import { samplePattern } from './regex-sample';

export interface FieldSamples {
  /** `count` JSON values (repeating when the field has fewer distinct values). */
  values: unknown[];
  /** How many of them are distinct. */
  distinct: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `n` repeated until there are `count` values. */
function cycle<T>(distinct: T[], count: number): FieldSamples {
  return { values: Array.from({ length: count }, (_, i) => distinct[i % distinct.length]), distinct: distinct.length };
}

/** A label from the field name, letters and digits only (safe in emails and URLs). */
const label = (name: string) => name.replace(/[^a-z0-9]/g, '') || 'value';

/** `title-00`, `title-01`, … fitted to the length bounds; only the trailing digits differ. */
function plainStrings(name: string, count: number, minLength: number, maxLength: number): string[] | null {
  const digits = Math.min(2, maxLength);
  if (digits < 1 || (digits === 1 && count > 10)) return null;
  let prefix = `${name}-`.slice(0, Math.max(0, maxLength - digits));
  if (prefix.length + digits < minLength) prefix += 'x'.repeat(minLength - prefix.length - digits);
  return Array.from({ length: count }, (_, n) => `${prefix}${pad(n, digits)}`);
}

function numberRange(min: number | undefined, max: number | undefined, limits: { min: number; max: number }) {
  return { lo: Math.max(min ?? -Infinity, limits.min), hi: Math.min(max ?? Infinity, limits.max) };
}

function integers(field: { min?: number; max?: number }, big: boolean, count: number): number[] {
  const limits = big ? { min: Number(INT64.min), max: Number(INT64.max) } : INT32;
  const { lo, hi } = numberRange(field.min, field.max, limits);
  let start = Math.min(Math.max(1, lo), hi);
  if (start + count - 1 > hi) start = Math.max(lo, hi - count + 1);
  const values: number[] = [];
  for (let n = 0; n < count && start + n <= hi; n++) values.push(start + n);
  return values;
}

function floats(field: { min?: number; max?: number }, count: number): number[] {
  const { lo, hi } = numberRange(field.min, field.max, { min: -Infinity, max: Infinity });
  const start = Number.isFinite(lo) ? lo : Number.isFinite(hi) ? Math.min(1.5, hi - 1.5 * count) : 1.5;
  const step = Number.isFinite(hi) ? Math.min(1.5, (hi - start) / count) : 1.5;
  if (step <= 0) return [start];
  return Array.from({ length: count }, (_, n) => start + n * step);
}

/** A plain decimal string for any finite number (no exponent). */
const plain = (value: number) => value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });

/** `value` in units of 10^-scale, rounded towards the inside of the range. */
export function toUnits(value: number, scale: number, direction: 'up' | 'down'): bigint {
  const text = plain(value);
  const negative = text.startsWith('-');
  const [whole = '0', fraction = ''] = text.replace('-', '').split('.');
  const kept = fraction.slice(0, scale).padEnd(scale, '0');
  let units = BigInt(whole + kept) * (negative ? -1n : 1n);
  const truncated = /[1-9]/.test(fraction.slice(scale));
  if (truncated && direction === 'up' && !negative) units += 1n;
  if (truncated && direction === 'down' && negative) units -= 1n;
  return units;
}

export function unitsToDecimal(units: bigint, scale: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const text = scale > 0 ? `${digits.slice(0, -scale)}.${digits.slice(-scale)}` : digits;
  return negative ? `-${text}` : text;
}

function decimals(field: { min?: number; max?: number; precision: number; scale: number }, count: number): string[] {
  const { precision, scale } = field;
  const limit = 10n ** BigInt(precision) - 1n;
  const lo = field.min !== undefined ? toUnits(field.min, scale, 'up') : -limit;
  const hi = field.max !== undefined ? toUnits(field.max, scale, 'down') : limit;
  const low = lo > -limit ? lo : -limit;
  const high = hi < limit ? hi : limit;
  if (low > high) return [];
  const one = 10n ** BigInt(scale);
  const preferred = one + (scale > 0 ? one / 2n : 0n);
  let start = preferred < low ? low : preferred > high ? high : preferred;
  const step = high - start >= BigInt(count) * one ? one : 1n;
  if (start + step * BigInt(count - 1) > high)
    start = high - step * BigInt(count - 1) < low ? low : high - step * BigInt(count - 1);
  const values: string[] = [];
  for (let n = 0n; n < BigInt(count) && start + n * step <= high; n++)
    values.push(unitsToDecimal(start + n * step, scale));
  return values;
}

function strings(field: Field & { type: 'string' }, count: number): string[] | null {
  const minLength = field.minLength ?? 0;
  if (field.pattern !== undefined) return samplePattern(field.pattern, count, minLength, field.maxLength);
  return plainStrings(field.name, count, minLength, field.maxLength);
}

function emails(name: string, count: number, maxLength: number): string[] | null {
  const build = (local: string, domain: string) =>
    Array.from({ length: count }, (_, n) => `${local}${pad(n)}@${domain}`);
  for (const candidate of [build(label(name), 'example.com'), build('a', 'example.com'), build('a', 'ex.co')]) {
    if (candidate.every((value) => value.length <= maxLength)) return candidate;
  }
  return null;
}

function urls(name: string, count: number, maxLength: number): string[] | null {
  const build = (base: string) => Array.from({ length: count }, (_, n) => `${base}/${pad(n)}`);
  for (const candidate of [build(`https://example.com/${label(name)}`), build('https://ex.co')]) {
    if (candidate.every((value) => value.length <= maxLength)) return candidate;
  }
  return null;
}

/** Distinct valid values (as many as exist, up to `count`), or null when none can be made. */
function distinctValues(field: Field, count: number): unknown[] | null {
  switch (field.type) {
    case 'string':
      return strings(field, count);
    case 'text':
      return plainStrings(field.name, count, 0, field.maxLength ?? Infinity);
    case 'email':
      return emails(field.name, count, field.maxLength);
    case 'url':
      return urls(field.name, count, field.maxLength);
    case 'integer':
    case 'bigint':
      return integers(field, field.type === 'bigint', count);
    case 'float':
      return floats(field, count);
    case 'decimal':
      return decimals(field, count);
    case 'boolean':
      return [false, true];
    case 'date':
      return Array.from({ length: count }, (_, n) => `2024-01-${pad(n + 1)}`);
    case 'datetime':
      return Array.from({ length: count }, (_, n) => `2024-01-${pad(n + 1)}T10:30:00Z`);
    case 'uuid':
      return Array.from({ length: count }, (_, n) => `00000000-0000-4000-8000-${pad(n + 1, 12)}`);
    case 'enum': {
      // Values without `_` first: collations that ignore or reorder punctuation (ICU,
      // MySQL's *_ci) sort those like Python does, so sort tests expect the right order.
      const plainFirst = [...field.values].sort((a, b) => Number(a.includes('_')) - Number(b.includes('_')));
      return plainFirst.slice(0, count);
    }
    case 'json':
      return Array.from({ length: count }, (_, n) => (n % 2 === 0 ? { index: n, tags: ['sample'] } : [n, 'sample']));
  }
}

/**
 * `count` valid values for a field, or null when none can be made (a pattern outside the
 * supported subset): then a field with a default uses the default.
 */
export function fieldSamples(field: Field, count: number, defaultResponse: unknown): FieldSamples | null {
  const values = distinctValues(field, count);
  if (values && values.length > 0) return cycle(values, count);
  if (field.default !== undefined) return cycle([defaultResponse], count);
  return null;
}
