import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportBundle } from '../../../src/storage/export';
import type { ProjectRecord } from '../../../src/storage/records';
import { readImport } from '../../../src/ui/state/import';

const example = readFileSync('tests/fixtures/specs/examples/users-orders.json', 'utf8');

describe('importing a file', () => {
  it('takes a valid spec as it is written', () => {
    const result = readImport(example);
    expect(result).toEqual({ kind: 'specs', specs: [JSON.parse(example)], rejected: [] });
  });

  it('refuses an invalid spec with every problem and its path', () => {
    const spec = JSON.parse(example);
    spec.entities[1].fields[0].name = 'class';
    spec.api.maxPageSize = 5000;
    const result = readImport(JSON.stringify(spec));
    expect(result.kind).toBe('invalid');
    if (result.kind !== 'invalid') return;
    expect(result.errors.map((e) => e.path)).toEqual(['entities[1].fields[0].name', 'api.maxPageSize']);
    expect(result.errors[0]!.message).toContain('keyword');
  });

  it('explains a file that is not JSON', () => {
    const result = readImport('{"specVersion": 1,');
    expect(result).toMatchObject({
      kind: 'invalid',
      errors: [{ path: 'spec', message: expect.stringContaining('not valid JSON') }],
    });
  });

  it('reads an export of every project, keeping the valid ones and naming the rest', () => {
    const record = (name: string, spec: unknown): ProjectRecord => ({
      id: name,
      name,
      spec,
      createdAt: 1,
      updatedAt: 2,
      revision: 1,
      schemaVersion: 1,
    });
    const bundle = exportBundle([record('Orders', JSON.parse(example)), record('Broken', { specVersion: 2 })], []);
    const result = readImport(JSON.stringify(bundle));
    expect(result.kind).toBe('specs');
    if (result.kind !== 'specs') return;
    expect(result.specs).toEqual([JSON.parse(example)]);
    expect(result.rejected.map((r) => r.name)).toEqual(['Broken']);
    expect(result.rejected[0]!.errors[0]!.path).toBe('specVersion');
  });
});
