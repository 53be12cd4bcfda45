/** The published JSON Schema is the export of the zod schema, and accepts the examples. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportJsonSchema } from '../../../src/spec/json-schema';
import { checkJsonSchema } from './support/json-schema-check';
import { EXAMPLE_NAMES, example } from './support/specs';

const PUBLISHED = fileURLToPath(new URL('../../../public/backsmith-spec-v1.schema.json', import.meta.url));
const UPDATE = 'npm run -s backsmith -- export-schema > public/backsmith-spec-v1.schema.json';

describe('JSON Schema', () => {
  const exported = `${JSON.stringify(exportJsonSchema(), null, 2)}\n`;

  it('public/backsmith-spec-v1.schema.json is the current export', () => {
    const published = readFileSync(PUBLISHED, 'utf8');
    expect(published === exported, `the published JSON Schema is out of date; update it with:\n  ${UPDATE}`).toBe(true);
  });

  it('is a strict 2020-12 schema with an id', () => {
    const schema = exportJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toMatch(/backsmith-spec-v1\.schema\.json$/);
    expect(schema.additionalProperties).toBe(false);
  });

  it.each(EXAMPLE_NAMES)('accepts the %s example', (name) => {
    expect(checkJsonSchema(exportJsonSchema(), example(name))).toEqual([]);
  });

  it.each([
    ['an unknown key', { specVersion: 1, project: { name: 'a1' }, colour: 'red' }, '/: unknown key colour'],
    ['a wrong enum value', { specVersion: 1, project: { name: 'a1', database: 'oracle' } }, '/project/database'],
    ['a bad project name', { specVersion: 1, project: { name: 'A' } }, '/project/name'],
    [
      'a key of another field type',
      {
        specVersion: 1,
        project: { name: 'a1' },
        entities: [{ name: 'T', fields: [{ name: 'a', type: 'string', precision: 2 }] }],
      },
      '/entities/0/fields/0: oneOf',
    ],
  ])('rejects %s', (_what, spec, where) => {
    const errors = checkJsonSchema(exportJsonSchema(), spec);
    expect(errors.some((e) => e.startsWith(where))).toBe(true);
  });
});
