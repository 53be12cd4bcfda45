/**
 * Field constraints that must agree with each other: min ≤ max, minLength ≤ maxLength,
 * scale ≤ precision, decimal min/max representable in Numeric(precision, scale), and
 * `integer` bounds inside 32 bits (`bigint` bounds are JSON-safe integers, checked by the schema).
 */
import { numericProblem } from './decimal';
import { eachField, type Rule } from './types';

export const INT32 = { min: -2147483648, max: 2147483647 } as const;

export const outsideInt32 = (n: number): boolean => n < INT32.min || n > INT32.max;

export const fieldBoundsRule: Rule = (view, report) => {
  eachField(view, (field, at) => {
    if (field.type === 'string' && field.minLength !== undefined && field.minLength > field.maxLength) {
      report(at('minLength'), `${field.minLength} is greater than maxLength ${field.maxLength}`);
    }
    if (field.type !== 'integer' && field.type !== 'bigint' && field.type !== 'float' && field.type !== 'decimal')
      return;
    const { min, max } = field;
    if (min !== undefined && max !== undefined && min > max) {
      report(at('min'), `${min} is greater than max ${max}`);
      report(at('max'), `${max} is less than min ${min}`);
    }
    for (const key of ['min', 'max'] as const) {
      const value = field[key];
      if (value === undefined) continue;
      if (field.type === 'integer' && outsideInt32(value)) {
        report(
          at(key),
          `${value} is outside the 32-bit range of an integer field (${INT32.min} to ${INT32.max}); use bigint`,
        );
      }
      if (field.type === 'decimal' && field.scale <= field.precision) {
        const problem = numericProblem(value, field.precision, field.scale);
        if (problem) report(at(key), `${value} ${problem}`);
      }
    }
    if (field.type === 'decimal' && field.scale > field.precision) {
      report(at('scale'), `${field.scale} is greater than precision ${field.precision}`);
    }
  });
};
