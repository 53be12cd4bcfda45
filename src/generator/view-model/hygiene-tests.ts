/**
 * `tests/test_input_hygiene.py`: input every database cannot take alike. A NUL character
 * in text is a 422 naming the field (PostgreSQL cannot store it), in a body (POST and PATCH,
 * every writable text field of every entity) and in a filter; json values keep it. A value
 * too long for a btree index (PostgreSQL) is a 422, not a 500. Also the error envelope of a 405.
 */
import { pyString } from '../escape';
import type { EntityView } from './entity';
import { entitySamples } from './entity-tests';
import type { FieldView } from './fields';
import type { FactoryView } from './tests';

const TEXTUAL = new Set<FieldView['type']>(['string', 'text', 'email', 'url']);
const hasPattern = (field: FieldView) => field.spec.type === 'string' && field.spec.pattern !== undefined;

export interface HygieneCase {
  /** The entity's helpers in tests/factories.py: `build_<module>`, `create_<module>`, `<MODULE>_URL`. */
  module: string;
  urlConstant: string;
  /** The field's JSON key and the test id, as Python strings. */
  field: string;
  id: string;
}

/** A long value for an indexed or unique string/text field. */
export interface LongIndexedCase extends HygieneCase {
  length: number;
}

/**
 * PostgreSQL's btree index entries stop at about 2.7 kB; a random value of this many ASCII
 * characters does not compress below that, so fields that may hold one are tested with it.
 */
const LONG_VALUE = 4000;
const LONG_ENOUGH_TO_OVERFLOW = 3000;

function longValueLength(field: FieldView): number | null {
  if (!field.writable || (!field.unique && !field.indexed) || hasPattern(field)) return null;
  const spec = field.spec;
  if (spec.type !== 'string' && spec.type !== 'text') return null;
  const max = spec.maxLength ?? Infinity;
  if (max < LONG_ENOUGH_TO_OVERFLOW) return null;
  return Math.min(max, Math.max(LONG_VALUE, spec.type === 'string' ? (spec.minLength ?? 0) : 0));
}

export interface HygieneTestsView {
  text: HygieneCase[];
  json: HygieneCase[];
  filters: HygieneCase[];
  longIndexed: LongIndexedCase[];
  /** Some case above exists (the module then imports pytest). */
  parametrized: boolean;
  /** The collection URL constant of the first entity (tests.factories), for the 405. */
  collectionUrl: string;
}

type HygieneEntity = EntityView & { factory: FactoryView };

/** The cases, or null without entities that have routes. */
export function buildHygieneTestsView(entities: readonly HygieneEntity[]): HygieneTestsView | null {
  const first = entities[0];
  if (!first) return null;
  const caseOf = (entity: HygieneEntity, field: FieldView): HygieneCase => ({
    module: entity.factory.module,
    urlConstant: entity.factory.urlConstant,
    field: pyString(field.name),
    id: pyString(`${entity.module}.${field.name}`),
  });
  const cases = (keep: (field: FieldView) => boolean, sampled = false) =>
    entities.flatMap((entity) => {
      const samples = entitySamples(entity).fields;
      return entity.fields
        .filter((field) => keep(field) && (!sampled || samples.has(field.name)))
        .map((field) => caseOf(entity, field));
    });
  const longIndexed = entities.flatMap((entity) =>
    entity.fields.flatMap((field) => {
      const length = longValueLength(field);
      return length === null ? [] : [{ ...caseOf(entity, field), length }];
    }),
  );
  const view = {
    // The NUL replaces the last character of a valid sample, so fields without one are left
    // out, and so are patterns, which would refuse the NUL first with their own message.
    text: cases((field) => field.writable && TEXTUAL.has(field.type) && !hasPattern(field), true),
    json: cases((field) => field.writable && field.type === 'json'),
    filters: cases((field) => field.filterable && TEXTUAL.has(field.type)),
    longIndexed,
    collectionUrl: first.factory.urlConstant,
  };
  const cased = view.text.length + view.json.length + view.filters.length + longIndexed.length;
  return { ...view, parametrized: cased > 0 };
}
