/**
 * MySQL keys: plain indexes over TEXT and long VARCHAR columns are prefix indexes in the
 * migration (the models get theirs from app/db/base.py), and email columns hold at most 320
 * characters so that a unique email fits a key.
 */
import { describe, expect, it } from 'vitest';
import { renderProject } from '../../../src/generator';
import { mysqlPrefixLength } from '../../../src/generator/view-model/mysql-keys';
import { oneEntity } from './view-model-support';

const migrationOf = (fields: Record<string, unknown>[]) =>
  renderProject(oneEntity(fields, { database: 'mysql' })).find(
    (file) => file.path === 'alembic/versions/0001_initial.py',
  )!.content;

/** The `op.create_index(...)` call of `column`, as rendered (one line before formatting). */
const indexCall = (migration: string, column: string) =>
  migration.split('\n').find((line) => line.includes('op.create_index(') && line.includes(`["${column}"]`));

describe('MySQL prefix indexes', () => {
  it.each([
    ['sa.Text()', 768],
    ['sa.String(length=769)', 768],
    ['sa.String(length=2083)', 768],
    ['sa.String(length=768)', undefined],
    ['sa.String(length=255)', undefined],
    ['sa.Integer()', undefined],
  ])('%s → %s', (type, length) => {
    expect(mysqlPrefixLength(type)).toBe(length);
  });

  it('prints mysql_length on indexes over TEXT, long strings and default-length urls only', () => {
    const migration = migrationOf([
      { name: 'notes', type: 'text', index: true },
      { name: 'summary', type: 'string', maxLength: 5000, index: true },
      { name: 'homepage', type: 'url', index: true },
      { name: 'code', type: 'string', maxLength: 768, index: true },
      { name: 'rank', type: 'integer', index: true },
      { name: 'email', type: 'email', maxLength: 2000, index: true },
    ]);
    for (const column of ['notes', 'summary', 'homepage']) {
      expect(indexCall(migration, column)).toContain(`mysql_length={"${column}": 768}`);
    }
    for (const column of ['code', 'rank', 'email']) {
      expect(indexCall(migration, column)).toBeDefined();
      expect(indexCall(migration, column)).not.toContain('mysql_length');
    }
  });

  it('the models derive the same prefix in app/db/base.py', () => {
    const base = renderProject(oneEntity([{ name: 'notes', type: 'text', index: true }])).find(
      (file) => file.path === 'app/db/base.py',
    )!.content;
    expect(base).toContain('MYSQL_MAX_KEY_CHARS = 768');
    expect(base).toContain('@event.listens_for(Index, "after_parent_attach")');
  });
});

describe('email columns', () => {
  it.each([
    [100, 100],
    [320, 320],
    [5000, 320],
  ])('maxLength %s → String(%s), while the schema still says max_length=%s', (maxLength, column) => {
    const files = renderProject(oneEntity([{ name: 'email', type: 'email', maxLength, unique: true }]));
    const model = files.find((file) => file.path === 'app/models/product.py')!.content;
    const migration = files.find((file) => file.path === 'alembic/versions/0001_initial.py')!.content;
    const schema = files.find((file) => file.path === 'app/schemas/product.py')!.content;
    expect(model).toContain(`String(${column})`);
    expect(migration).toContain(`sa.String(length=${column})`);
    expect(schema).toContain(`max_length=${maxLength}`);
  });
});
