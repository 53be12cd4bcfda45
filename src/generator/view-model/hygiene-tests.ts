/**
 * `tests/test_input_hygiene.py`: input every database cannot take alike. A NUL character
 * in text is a 422 naming the field (PostgreSQL cannot store it), in a body (POST and PATCH,
 * every writable text field of every entity) and in a filter; json values keep it. Also the
 * error envelope of a 405.
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

export interface HygieneTestsView {
  text: HygieneCase[];
  json: HygieneCase[];
  filters: HygieneCase[];
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
  const cases = (keep: (field: FieldView) => boolean, sampled = false) =>
    entities.flatMap((entity) => {
      const samples = entitySamples(entity).fields;
      return entity.fields
        .filter((field) => keep(field) && (!sampled || samples.has(field.name)))
        .map((field) => ({
          module: entity.factory.module,
          urlConstant: entity.factory.urlConstant,
          field: pyString(field.name),
          id: pyString(`${entity.module}.${field.name}`),
        }));
    });
  const view = {
    // The NUL replaces the last character of a valid sample, so fields without one are left
    // out, and so are patterns, which would refuse the NUL first with their own message.
    text: cases((field) => field.writable && TEXTUAL.has(field.type) && !hasPattern(field), true),
    json: cases((field) => field.writable && field.type === 'json'),
    filters: cases((field) => field.filterable && TEXTUAL.has(field.type)),
    collectionUrl: first.factory.urlConstant,
  };
  return { ...view, parametrized: view.text.length + view.json.length + view.filters.length > 0 };
}
