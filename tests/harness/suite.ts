/**
 * The vitest suites, one `describe` per spec: generate it, then run every check. Checks of
 * one project run concurrently (bounded by BACKSMITH_JOBS); projects run one after another.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it, type TestContext } from 'vitest';
import {
  alembicUpgradeAndCheck,
  compileForTarget,
  declaredDependencies,
  mypy,
  pytest,
  ruffCheck,
  ruffFormatCheck,
} from './checks';
import { pingDatabase, type DatabaseServer } from './databases';
import { scratchRoot, selectedDatabases } from './env';
import { generateInto, missingFromLayout, removeProject, type GeneratedProject } from './project';
import { prerequisite, skipOrFail, type Prerequisite } from './prerequisite';
import { startRedis, usesRedis, type RedisServer } from './redis';
import { specOf, type SpecEntry } from './specs';
import { loadToolchain, type Toolchain } from './toolchain';

export const toolchainPrerequisite = () =>
  prerequisite('Python toolchain (CPython 3.11 and the test venv)', loadToolchain);

export const redisPrerequisite = () => prerequisite('Redis server', startRedis);

/** Whether the spec uses Redis; an invalid spec fails in its beforeAll instead. */
export function specUsesRedis(entry: SpecEntry): boolean {
  try {
    return usesRedis(specOf(entry));
  } catch {
    return false;
  }
}

/**
 * REDIS_URL for a pytest run of `entry`: a database of the run's server when the spec uses
 * Redis and the server started (outside CI a missing redis-server leaves it unset).
 */
const redisUrlFor = (entry: SpecEntry, redis: Prerequisite<RedisServer>) =>
  specUsesRedis(entry) ? redis.peek()?.nextUrl() : undefined;

/** A suite per spec that generates it in `beforeAll` and removes it in `afterAll`. */
function describeProject(entry: SpecEntry, label: string, body: (project: () => GeneratedProject) => void) {
  describe.concurrent(entry.name, () => {
    let project: GeneratedProject | undefined;
    beforeAll(() => {
      project = generateInto(entry, label);
    });
    afterAll(() => removeProject(project));
    body(() => {
      if (!project) throw new Error(`${entry.name} was not generated`);
      return project;
    });
  });
}

function noSpecs(entries: SpecEntry[]) {
  if (entries.length === 0) it.skip('no spec is selected (BACKSMITH_MATRIX / BACKSMITH_SPECS / BACKSMITH_DB)');
  return entries.length === 0;
}

/** A fresh SQLite file for one check; removed afterwards. */
async function withSqliteFile<T>(work: (url: string) => Promise<T>): Promise<T> {
  mkdirSync(scratchRoot, { recursive: true });
  const dir = mkdtempSync(join(scratchRoot, 'sqlite-'));
  try {
    return await work(`sqlite+aiosqlite:///${join(dir, 'migrate.db')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Everything that needs no database server, and the SQLite runs. */
export function defineProjectSuites(entries: SpecEntry[]) {
  const toolchain = toolchainPrerequisite();
  const redis = redisPrerequisite();
  const onSqlite = selectedDatabases().has('sqlite');
  beforeAll(async () => {
    await toolchain.load();
    if (onSqlite && entries.some(specUsesRedis)) await redis.load();
  });
  afterAll(() => redis.peek()?.stop());
  if (noSpecs(entries)) return;
  for (const entry of entries) {
    const version = specVersionOf(entry);
    describeProject(entry, 'checks', (project) => {
      it('has every file generated-backend.md lists for its spec', () => {
        const absent = missingFromLayout(project());
        if (absent.length) throw new Error(`generated project ${project().name} has no ${absent.join(', ')}`);
      });
      it('ruff check .', async (ctx) => void (await ruffCheck(toolchain.get(ctx), project())));
      it('ruff format --check .', async (ctx) => void (await ruffFormatCheck(toolchain.get(ctx), project())));
      it(`compiles with Python ${version} (its target), warnings as errors`, async (ctx) => {
        await compileForTarget(project()).catch((error: unknown) => skipOrFail(ctx, error));
      });
      it(`mypy app (target ${version})`, async (ctx) => void (await mypy(toolchain.get(ctx), project())));
      it.skipIf(!onSqlite)('alembic upgrade head + alembic check on SQLite', async (ctx) => {
        const tc = toolchain.get(ctx);
        await withSqliteFile((url) => alembicUpgradeAndCheck(tc, project(), url));
      });
      const withRedis = specUsesRedis(entry) ? ' and a Redis server' : '';
      it.skipIf(!onSqlite)(`pytest -W error on its default SQLite database${withRedis}`, async (ctx) => {
        await pytest(toolchain.get(ctx), project(), { redisUrl: redisUrlFor(entry, redis) });
      });
      it('pip install -e ".[dev]" works; the declared dependencies import app and collect its tests', async (ctx) => {
        await declaredDependencies(toolchain.get(ctx), project());
      });
    });
  }
}

/** The spec's target version for test titles; an invalid spec fails in its beforeAll instead. */
function specVersionOf(entry: SpecEntry): string {
  try {
    return specOf(entry).project.pythonVersion;
  } catch {
    return '?';
  }
}

/** Migrations and the project's tests against a running server, one database per check. */
export function defineServerSuites(
  server: Prerequisite<DatabaseServer>,
  toolchain: Prerequisite<Toolchain>,
  redis: Prerequisite<RedisServer>,
  entries: SpecEntry[],
) {
  it('answers the shared venv’s SQLAlchemy and async driver', async (ctx) => {
    const venv = toolchain.get(ctx).venv;
    await pingDatabase(venv.python, await server.get(ctx).createDatabase('ping'));
  });
  if (noSpecs(entries)) return;
  entries.forEach((entry, index) => {
    describeProject(entry, 'server', (project) => {
      // One database per check, so checks and projects never share tables.
      const database = (ctx: TestContext, purpose: string) =>
        server.get(ctx).createDatabase(`p${index}_${purpose}_${project().name}`);
      it('alembic upgrade head + alembic check', async (ctx) => {
        const tc = toolchain.get(ctx);
        await alembicUpgradeAndCheck(tc, project(), await database(ctx, 'migrate'));
      });
      const withRedis = specUsesRedis(entry) ? ' and REDIS_URL' : '';
      it(`pytest -W error with DATABASE_URL${withRedis}`, async (ctx) => {
        const tc = toolchain.get(ctx);
        const databaseUrl = await database(ctx, 'pytest');
        await pytest(tc, project(), { databaseUrl, redisUrl: redisUrlFor(entry, redis) });
      });
    });
  });
}
