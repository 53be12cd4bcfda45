import { describe, expect, it } from 'vitest';
import { readRecord, RECORD_VERSION, type Migrations } from '../../../src/storage/records';

const valid = {
  id: 'p1',
  name: 'Shop',
  spec: { specVersion: 1, project: { name: 'shop' } },
  createdAt: 1,
  updatedAt: 2,
  revision: 3,
  schemaVersion: RECORD_VERSION,
};

describe('project records', () => {
  it('reads a current record as it is', () => {
    const result = readRecord('project:p1', valid);
    expect(result).toEqual({ ok: true, record: valid, migrated: false });
  });

  it('runs every migration step in order up to the current version', () => {
    const migrations: Migrations = {
      1: (r) => ({ ...r, title: r.name, steps: ['1→2'] }),
      2: (r) => ({ ...r, name: `${String(r.title)}!`, steps: [...(r.steps as string[]), '2→3'] }),
    };
    const result = readRecord('project:p1', { ...valid, schemaVersion: 1 }, migrations, 3);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migrated).toBe(true);
    expect(result.record).toMatchObject({ name: 'Shop!', schemaVersion: 3, steps: ['1→2', '2→3'] });
  });

  it('reports a missing or failing migration step as damaged, keeping the raw value', () => {
    const missing = readRecord('project:p1', { ...valid, schemaVersion: 1 }, { 2: (r) => r }, 3);
    expect(missing).toMatchObject({ ok: false, damaged: { reason: 'no migration from record version 1' } });
    const failing = readRecord(
      'k',
      { ...valid, schemaVersion: 1 },
      {
        1: () => {
          throw new Error('boom');
        },
      },
      2,
    );
    expect(failing).toMatchObject({ ok: false, damaged: { key: 'k', reason: expect.stringContaining('boom') } });
    if (!failing.ok) expect(failing.damaged.raw).toEqual({ ...valid, schemaVersion: 1 });
  });

  it('refuses a record from a newer app instead of guessing', () => {
    const result = readRecord('k', { ...valid, schemaVersion: RECORD_VERSION + 1 });
    expect(result).toMatchObject({ ok: false, damaged: { reason: expect.stringContaining('newer version') } });
  });

  it.each([
    ['a string', 'garbage', 'not a project record'],
    ['null', null, 'not a project record'],
    ['no version', { ...valid, schemaVersion: undefined }, 'no record version'],
    ['no id', { ...valid, id: '' }, 'no id'],
    ['a spec that is not an object', { ...valid, spec: '[]' }, 'spec is not a JSON object'],
    ['a bad time', { ...valid, updatedAt: 'yesterday' }, 'updatedAt is not a time'],
    ['a bad revision', { ...valid, revision: 0 }, 'revision'],
  ])('explains a corrupt record: %s', (_label, raw, reason) => {
    const result = readRecord('k', raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.damaged.reason).toContain(reason);
  });
});
