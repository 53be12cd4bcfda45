import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderProject } from '../../../src/generator';
import { buildViewModel } from '../../../src/generator/view-model';
import { parseSpecText } from '../../../src/spec';
import { spec } from './view-model-support';

const EXAMPLES = join(__dirname, '../../fixtures/specs/examples');
const example = (name: string) => {
  const result = parseSpecText(readFileSync(join(EXAMPLES, `${name}.json`), 'utf8'));
  if (!result.ok) throw new Error(`${name}.json is invalid`);
  return result.spec;
};

describe('project layout', () => {
  it('has every file of the contract layout for the minimal example', () => {
    const paths = renderProject(example('minimal')).map((file) => file.path);
    const expected = [
      'backsmith.json',
      'pyproject.toml',
      'README.md',
      '.env.example',
      '.gitignore',
      'alembic.ini',
      'alembic/env.py',
      'alembic/script.py.mako',
      'alembic/versions/0001_initial.py',
      'app/__init__.py',
      'app/main.py',
      'app/config.py',
      'app/dependencies.py',
      'app/api/v1/router.py',
      'app/api/v1/endpoints/todo.py',
      'app/api/v1/endpoints/health.py',
      'app/models/todo.py',
      'app/schemas/todo.py',
      'app/services/todo.py',
      'tests/conftest.py',
      'tests/test_todo.py',
      'tests/test_health.py',
    ];
    for (const path of expected) expect(paths, path).toContain(path);
    expect(paths.some((path) => path.startsWith('app/core/'))).toBe(true);
    expect(paths.some((path) => path.startsWith('app/db/'))).toBe(true);
  });
});

describe('project facts', () => {
  it('defaults DATABASE_URL to the spec database and ships its driver plus aiosqlite', () => {
    const vm = buildViewModel(example('users-orders'));
    const url = vm.app.settings.find((s) => s.env === 'DATABASE_URL')!;
    expect(url.default).toBe('"postgresql+asyncpg://app:app@localhost:5432/order_desk"');
    expect(vm.app.dependencies).toEqual(expect.arrayContaining(['"aiosqlite>=0.20"', '"asyncpg>=0.30"']));
    expect(vm.app.devDependencies).toEqual(expect.arrayContaining(['"aiomysql>=0.2"', '"ruff==0.16.9"']));
    expect(vm.app.requiresPython).toBe('">=3.12"');
    expect(buildViewModel(example('minimal')).app.database.defaultUrl).toBe('sqlite+aiosqlite:///./app.db');
  });

  it('lists the settings auth and Redis features need only when the spec has them', () => {
    const envs = (name: string) => buildViewModel(example(name)).app.settings.map((s) => s.env);
    expect(envs('minimal')).not.toContain('ACCESS_TOKEN_EXPIRE_MINUTES');
    expect(envs('saas')).toEqual(
      expect.arrayContaining(['ACCESS_TOKEN_EXPIRE_MINUTES', 'REDIS_URL', 'WS_HEARTBEAT_SECONDS']),
    );
  });

  it("enforces the spec's access levels and tenants in the saas example", () => {
    const task = buildViewModel(example('saas')).entities.find((e) => e.name === 'Task')!;
    expect(task.access).toMatchObject({ enforced: true, read: 'authenticated', write: 'owner', tenantScoped: true });
    expect(buildViewModel(example('minimal')).entities[0]!.access.enforced).toBe(false);
  });

  it('completes the spec User with the built-in fields', () => {
    const user = buildViewModel(example('users-orders')).entities.find((e) => e.name === 'User')!;
    expect(user.fields.map((f) => f.name)).toEqual(['email', 'role', 'is_active', 'full_name', 'team']);
    expect(user.fields.find((f) => f.name === 'role')!.enum!.className).toBe('UserRole');
  });

  it('registers test users with the User fields they need: required ones, and unique ones with a default', () => {
    const fields = [
      { name: 'nickname', type: 'string', required: true },
      { name: 'joined_on', type: 'date', unique: true, default: '2024-02-29' },
      { name: 'team', type: 'string', required: true, default: 'core' },
      { name: 'bio', type: 'text' },
    ];
    const auth = buildViewModel(spec({ project: { name: 'shop' }, entities: [{ name: 'User', fields }] })).auth!;
    expect(auth.registerSamples).toHaveLength(8);
    expect(auth.registerSamples[0]).toMatch(/^\{"nickname": "[^"]+", "joined_on": "2024-01-01"\}$/);
    expect(new Set(auth.registerSamples).size).toBe(8);
  });
});

describe('free text', () => {
  const hostile = 'a "quote", a \\ backslash,\nnew line and """ triple';
  const vm = buildViewModel(
    spec({
      project: { name: 'shop', auth: 'none', database: 'sqlite', title: hostile, description: hostile },
      entities: [
        {
          name: 'Thing',
          description: hostile,
          fields: [
            { name: 'label', type: 'string', description: hostile, default: hostile, pattern: 'a "q', maxLength: 200 },
          ],
        },
      ],
    }),
  );
  const files = new Map(renderProject(vm.spec).map((file) => [file.path, file.content]));

  it('reaches Python only as escaped literals and docstrings', () => {
    const literal = '"a \\"quote\\", a \\\\ backslash,\\nnew line and \\"\\"\\" triple"';
    expect(files.get('app/main.py')).toContain(`TITLE = ${literal}`);
    expect(files.get('app/models/thing.py')).toContain(`comment=${literal}`);
    expect(files.get('app/schemas/thing.py')).toContain(`default=${literal}`);
    expect(files.get('app/schemas/thing.py')).toContain('pattern="a \\"q"');
    expect(files.get('app/models/thing.py')).not.toContain('"""a "quote"');
  });

  it('reaches TOML and Markdown escaped', () => {
    expect(files.get('pyproject.toml')).toContain(`description = ${JSON.stringify(hostile)}`);
    expect(files.get('README.md')!.split('\n')[0]).toBe('# a "quote", a \\\\ backslash, new line and """ triple');
  });
});
