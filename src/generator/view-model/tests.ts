/**
 * Views of the generated tests: `tests/factories.py` (sample bodies and helpers that
 * create rows with the rows they depend on) and one `tests/test_<entity>.py` per entity.
 */
import { pyString } from '../escape';
import type { EntityView } from './entity';
import {
  entitySamples,
  entityTests,
  EXPLICIT,
  SAMPLE_COUNT,
  urlConstant,
  type EntityTestView,
  type TestsSettings,
} from './entity-tests';
import { pyLiteral } from './python';
import { uncreatableEntities, type EntityRef } from './relations';

export type { EntityTestView, TestsSettings } from './entity-tests';

export interface FactoryView {
  module: string;
  url: string;
  urlConstant: string;
  payloadsConstant: string;
  payloads: string[];
  /** Rows a body needs first: required foreign keys. */
  parents: { name: string; module: string }[];
  skipReason: string | null;
}

export interface TestsView {
  factories: FactoryView[];
  entities: Map<string, EntityTestView>;
}

export function buildTestsView(entities: EntityView[], settings: TestsSettings): TestsView {
  const apiPrefix = settings.apiPrefix;
  const samples = new Map(entities.map((entity) => [entity.name, entitySamples(entity)]));
  const refs: EntityRef[] = entities.map((e) => ({ name: e.name, module: e.module, table: e.table }));
  const foreignKeys = new Map(entities.map((e) => [e.name, e.foreignKeys.map((fk) => fk.ref)]));
  const blocked = uncreatableEntities(refs, foreignKeys);
  for (const [name, entitySample] of samples) if (entitySample.missing.length > 0) blocked.add(name);
  // A required foreign key to an entity tests cannot create blocks this one too.
  for (let changed = true; changed;) {
    changed = false;
    for (const entity of entities) {
      if (blocked.has(entity.name)) continue;
      if (entity.foreignKeys.some((fk) => fk.ref.required && blocked.has(fk.ref.parent.name))) {
        blocked.add(entity.name);
        changed = true;
      }
    }
  }
  const skipReason = (entity: EntityView): string | null => {
    if (!blocked.has(entity.name)) return null;
    const missing = samples.get(entity.name)!.missing;
    return missing.length > 0
      ? `no valid sample value could be generated for ${missing.join(', ')}`
      : 'every row needs another row first (required foreign keys form a cycle)';
  };
  const url = (entity: { plural: string }) => pyString(`${apiPrefix}/${entity.plural}`);
  const byName = new Map(entities.map((e) => [e.name, e]));
  const factories = entities.map((entity): FactoryView => {
    const fieldSamplesOf = samples.get(entity.name)!.fields;
    const payloads = Array.from({ length: SAMPLE_COUNT }, (_, n) => {
      const body: Record<string, unknown> = {};
      for (const [name, values] of fieldSamplesOf) body[name] = values.values[n];
      return pyLiteral(body);
    });
    return {
      module: entity.module,
      url: url(entity),
      urlConstant: urlConstant(entity.module),
      payloadsConstant: `${entity.module.toUpperCase()}_PAYLOADS`,
      payloads,
      parents: entity.foreignKeys
        .filter((fk) => fk.ref.required)
        .map((fk) => ({ name: fk.name, module: fk.ref.parent.module })),
      skipReason: skipReason(entity),
    };
  });
  // Rows of an entity the tests can create with distinct unique values: its own samples
  // and those of the parents each row creates.
  const memo = new Map<string, number>();
  const capacity = (name: string): number => {
    if (blocked.has(name)) return 0;
    if (!memo.has(name)) {
      const entity = byName.get(name)!;
      const parents = entity.foreignKeys.filter((fk) => fk.ref.required).map((fk) => capacity(fk.ref.parent.name));
      memo.set(name, Math.min(samples.get(name)!.capacity, ...parents));
    }
    return memo.get(name)!;
  };
  const tests = new Map<string, EntityTestView>();
  for (const entity of entities) {
    const entitySample = samples.get(entity.name)!;
    const canExplicitlyCreate = (name: string) => capacity(name) > Math.max(...EXPLICIT);
    tests.set(
      entity.name,
      entityTests(entity, entitySample, {
        capacity: capacity(entity.name),
        canExplicitlyCreate,
        byName,
        skipReason: skipReason(entity),
        url,
        settings,
      }),
    );
  }
  return { factories, entities: tests };
}
