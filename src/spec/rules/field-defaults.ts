/**
 * A field's `default` satisfies every constraint of the field: lengths, pattern, enum values,
 * numeric range (32-bit for `integer`), decimal digits, real dates, date-times with a time
 * zone, e-mail and http(s) URL shape; a `datetime` with `autoNow` takes no default.
 */
import { patternMatches, patternProblem } from '../regex';
import type { ParsedField } from '../schema';
import { list, show } from '../show';
import { compareDecimal, numericProblem } from './decimal';
import { INT32, outsideInt32 } from './field-bounds';
import { dateProblem, dateTimeProblem, emailProblem, urlProblem } from './literals';
import { eachField, type Rule } from './types';

/** Length in code points, as Python and the databases count it. */
const codePoints = (text: string): number => [...text].length;

function lengthProblem(text: string, min: number, max: number | undefined): string | undefined {
  const length = codePoints(text);
  if (length < min) return `is ${length} characters long; minLength is ${min}`;
  if (max !== undefined && length > max) return `is ${length} characters long; maxLength is ${max}`;
  return undefined;
}

const because = (what: string, reason: string | undefined): string | undefined => reason && `${what}: ${reason}`;

const NUL = 'contains a NUL character, which PostgreSQL cannot store';

function rangeProblem(value: number | string, min: number | undefined, max: number | undefined): string | undefined {
  if (min !== undefined && compareDecimal(value, min) < 0) return `is below min ${min}`;
  if (max !== undefined && compareDecimal(value, max) > 0) return `is above max ${max}`;
  return undefined;
}

function stringProblem(field: Extract<ParsedField, { type: 'string' }>, text: string): string | undefined {
  const problem =
    lengthProblem(text, field.minLength ?? 0, field.maxLength) ?? (text.includes('\u0000') ? NUL : undefined);
  if (problem || field.pattern === undefined || patternProblem(field.pattern) !== undefined) return problem;
  return patternMatches(field.pattern, text) ? undefined : `does not match the pattern ${field.pattern}`;
}

function defaultProblem(field: ParsedField): string | undefined {
  switch (field.type) {
    case 'string':
      return field.default === undefined ? undefined : stringProblem(field, field.default);
    case 'text':
      return field.default?.includes('\u0000') ? NUL : lengthProblem(field.default ?? '', 0, field.maxLength);
    case 'email':
      return (
        lengthProblem(field.default ?? '', 0, field.maxLength) ??
        because('is not an e-mail address', emailProblem(field.default ?? ''))
      );
    case 'url':
      return (
        lengthProblem(field.default ?? '', 0, field.maxLength) ??
        because('is not an http(s) URL', urlProblem(field.default ?? ''))
      );
    case 'integer':
      if (field.default !== undefined && outsideInt32(field.default)) {
        return `is outside the 32-bit range of an integer field (${INT32.min} to ${INT32.max}); use bigint`;
      }
      return rangeProblem(field.default ?? 0, field.min, field.max);
    case 'bigint':
    case 'float':
      return rangeProblem(field.default ?? 0, field.min, field.max);
    case 'decimal': {
      const digits =
        field.scale <= field.precision ? numericProblem(field.default ?? 0, field.precision, field.scale) : undefined;
      return digits ?? rangeProblem(field.default ?? 0, field.min, field.max);
    }
    case 'date':
      return because('is not a calendar date', dateProblem(field.default ?? ''));
    case 'datetime':
      if (field.autoNow)
        return `cannot be set: a datetime with autoNow "${field.autoNow}" takes no default (the server sets it)`;
      return because('is not a real date-time', dateTimeProblem(field.default ?? ''));
    case 'enum':
      return field.values.includes(field.default ?? '')
        ? undefined
        : `is not one of the values (${list(field.values)})`;
    default:
      return undefined;
  }
}

export const fieldDefaultRule: Rule = (view, report) => {
  eachField(view, (field, at) => {
    if (field.default === undefined) return;
    const problem = defaultProblem(field);
    if (problem) report(at('default'), `${show(field.default)} ${problem}`);
  });
};
