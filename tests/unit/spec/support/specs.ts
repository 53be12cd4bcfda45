/** Spec builders and assertions shared by the spec-rule tests. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { validateSpec, type Spec, type SpecError } from '../../../../src/spec';

/** The contract's example specs (the repository sits next to `shared/`). */
export const EXAMPLES_DIR = fileURLToPath(new URL('../../../fixtures/specs/examples', import.meta.url));
export const EXAMPLE_NAMES = ['minimal', 'saas', 'users-orders'] as const;

export const example = (name: (typeof EXAMPLE_NAMES)[number]): Record<string, unknown> =>
  JSON.parse(readFileSync(`${EXAMPLES_DIR}/${name}.json`, 'utf8'));

type Json = Record<string, unknown>;

/** A valid spec with one entity `Item` (a single string field `title`); `patch` edits a deep copy. */
export function spec(
  patch: (s: Json & { project: Json; entities: Json[]; relations: Json[]; api: Json; deploy: Json }) => void = () => {},
): Json {
  const s = {
    specVersion: 1,
    project: { name: 'shop' } as Json,
    entities: [{ name: 'Item', fields: [{ name: 'title', type: 'string' }] }] as Json[],
    relations: [] as Json[],
    api: {} as Json,
    deploy: {} as Json,
  };
  patch(s);
  return s;
}

/** A spec with one entity `Item` whose only field is `field`. */
export const withField = (field: Json, project: Json = {}): Json =>
  spec((s) => {
    s.project = { name: 'shop', ...project };
    s.entities = [{ name: 'Item', fields: [field] }];
  });

/** A spec with the given entities (name → fields) and relations. */
export const withEntities = (entities: Json[], relations: Json[] = [], project: Json = {}): Json =>
  spec((s) => {
    s.project = { name: 'shop', ...project };
    s.entities = entities;
    s.relations = relations;
  });

export const entity = (name: string, ...fieldNames: string[]): Json => ({
  name,
  fields: (fieldNames.length ? fieldNames : ['title']).map((n) => ({ name: n, type: 'string' })),
});

export function errorsOf(input: unknown): SpecError[] {
  const result = validateSpec(input);
  return result.ok ? [] : result.errors;
}

export function expectValid(input: unknown): Spec {
  const result = validateSpec(input);
  if (!result.ok)
    expect.fail(`expected a valid spec, got:\n${result.errors.map((e) => `${e.path}: ${e.message}`).join('\n')}`);
  return result.spec;
}

/** Asserts an error at exactly `path` whose message contains `part`. */
export function expectError(input: unknown, path: string, part: string): SpecError[] {
  const errors = errorsOf(input);
  const hit = errors.find((e) => e.path === path && e.message.includes(part));
  if (!hit) {
    expect.fail(
      `expected ${path}: …${part}…, got:\n${errors.map((e) => `${e.path}: ${e.message}`).join('\n') || '(valid)'}`,
    );
  }
  return errors;
}
