/**
 * Sample values for the checks, from the generator's own test-data builder
 * (`fieldSamples`): valid by construction, distinct where the field allows.
 */
import type { EntityView } from '../../generator/view-model';
import type { FieldView } from '../../generator/view-model/fields';
import { fieldSamples } from '../../generator/view-model/samples';

/** How many sample rows the checks use per entity: two inserted, two spare for probes. */
export const SAMPLE_ROWS = 4;

export function samplesOf(field: FieldView): { values: unknown[]; distinct: number } | null {
  return fieldSamples(field.spec, SAMPLE_ROWS, field.default?.response);
}

/** An id of the entity's key type, as JSON. */
export const sampleId = (entity: EntityView, n: number) =>
  entity.idType === 'UUID' ? `00000000-0000-4000-8000-${String(n).padStart(12, '0')}` : n;

/** Integers beyond 2**53 travel as `{"$int": "digits"}` (decoded in Python). */
export const bigInt = (value: bigint): unknown =>
  value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
    ? Number(value)
    : { $int: value.toString() };
