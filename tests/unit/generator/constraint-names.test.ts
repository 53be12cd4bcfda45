/**
 * Constraint and index names within 63 characters: the TypeScript shortening the migration
 * uses and the generated app/db/naming.py (run with CPython) agree on every name, and a
 * spec of long names gets only short names in its migration.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderProject } from '../../../src/generator';
import { boundedName, crc32Hex, MAX_NAME_LENGTH } from '../../../src/generator/view-model/constraint-names';
import { spec } from './view-model-support';

const LONG_SPEC = new URL('../../fixtures/specs/matrix/mysql-uuid-page-long-names.json', import.meta.url);

const longNamesProject = () => renderProject(spec(JSON.parse(readFileSync(LONG_SPEC, 'utf8'))));

/** `bounded_name` of the generated app/db/naming.py for each name, computed by CPython. */
function pythonBoundedNames(names: string[]): string[] {
  const naming = longNamesProject().find((file) => file.path === 'app/db/naming.py');
  if (!naming) throw new Error('no app/db/naming.py generated');
  const dir = mkdtempSync(join(tmpdir(), 'backsmith-naming-'));
  try {
    writeFileSync(join(dir, 'naming.py'), naming.content);
    const script =
      'import json, sys\nfrom naming import bounded_name\nprint(json.dumps([bounded_name(n) for n in json.load(sys.stdin)]))';
    const out = execFileSync('python3', ['-c', script], { cwd: dir, input: JSON.stringify(names), encoding: 'utf8' });
    return JSON.parse(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('constraint names', () => {
  it('computes the CRC-32 Python computes (zlib.crc32)', () => {
    // Reference values of the IEEE CRC-32: the check value of "123456789" and of "".
    expect(crc32Hex('123456789')).toBe('cbf43926');
    expect(crc32Hex('')).toBe('00000000');
  });

  it('keeps names of up to 63 characters and shortens longer ones to exactly 63', () => {
    const fits = `ix_${'a'.repeat(60)}`;
    expect(boundedName(fits)).toBe(fits);
    const long = `fk_${'b'.repeat(70)}`;
    const short = boundedName(long);
    expect(short).toHaveLength(MAX_NAME_LENGTH);
    expect(short).toMatch(/^fk_b{51}_[0-9a-f]{8}$/);
    expect(boundedName(`${long}x`)).not.toBe(short);
  });

  it('agrees with the generated app/db/naming.py on every name', () => {
    const names = [
      'pk_items',
      `uq_${'t'.repeat(60)}`,
      `uq_${'t'.repeat(61)}`,
      `ix_${'a'.repeat(63)}_${'b'.repeat(63)}`,
      `fk_${'x'.repeat(63)}_${'y'.repeat(62)}_id_${'z'.repeat(63)}`,
      'ck_customer_account_subscription_billing_records_kept_for_auditing_current_lifecycle_status',
    ];
    expect(pythonBoundedNames(names)).toEqual(names.map(boundedName));
  });

  it('gives a spec of long names only names databases keep whole, all distinct', () => {
    const migration = longNamesProject().find((file) => file.path === 'alembic/versions/0001_initial.py')!.content;
    const names = [...migration.matchAll(/op\.f\("([^"]+)"\)/g)].map((match) => match[1]!);
    expect(names.length).toBeGreaterThan(15);
    expect(names.filter((name) => name.length > MAX_NAME_LENGTH)).toEqual([]);
    expect(names.filter((name) => /_[0-9a-f]{8}$/.test(name)).length).toBeGreaterThan(10);
    const created = names.filter((name) => !migration.includes(`drop_constraint(op.f("${name}")`));
    expect(new Set(created).size).toBe(created.length);
  });
});
