/**
 * The deployment files only call what the generated project provides: the `dev` extra with
 * ruff and pytest, alembic.ini, `app.main:app`, the settings they set, the paths the
 * Dockerfile copies. These read the application templates; until those exist (they are
 * written separately) the checks are skipped locally, and fail under CI=true.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseDockerfile } from './deploy-dockerfile';
import { fileOf, filesOf, needsRedis, specEntries, yamlOf, type Doc } from './deploy-support';
import type { Spec } from '../../../src/spec';

const appTemplatesPresent = specEntries.every(([, spec]) => filesOf(spec).has('pyproject.toml'));
const DRIVERS = { postgresql: 'asyncpg', mysql: 'aiomysql', sqlite: 'aiosqlite' } as const;

interface Pyproject {
  requiresPython: string;
  dependencies: string[];
  dev: string[];
  /** Whether the spec's Python version satisfies requires-python. */
  supportsSpecPython: boolean;
}

/** Reads pyproject.toml with Python's own tomllib, and requirement names with packaging. */
function pyprojectOf(spec: Spec): Pyproject {
  const script = `
import json, sys, tomllib
from pip._vendor.packaging.requirements import Requirement
from pip._vendor.packaging.specifiers import SpecifierSet
data = tomllib.loads(sys.stdin.read())
project = data["project"]
names = lambda reqs: [Requirement(r).name.lower() for r in reqs]
print(json.dumps({
    "requiresPython": project["requires-python"],
    "dependencies": names(project["dependencies"]),
    "dev": names(project.get("optional-dependencies", {}).get("dev", [])),
    "supportsSpecPython": SpecifierSet(project["requires-python"]).contains(sys.argv[1]),
}))`;
  const stdout = execFileSync('python3', ['-c', script, spec.project.pythonVersion], {
    input: fileOf(spec, 'pyproject.toml'),
    encoding: 'utf8',
  });
  return JSON.parse(stdout) as Pyproject;
}

/** Every setting name the deployment files give the app. */
function settingsSetBy(spec: Spec): string[] {
  const files = filesOf(spec);
  const names = new Set<string>();
  const add = (env: Record<string, unknown> | undefined) => Object.keys(env ?? {}).forEach((n) => names.add(n));
  if (files.has('docker-compose.yml')) add(yamlOf(spec, 'docker-compose.yml').services.app.environment);
  if (files.has('k8s/configmap.yaml')) add(yamlOf(spec, 'k8s/configmap.yaml').data);
  if (files.has('k8s/secret.example.yaml')) add(yamlOf(spec, 'k8s/secret.example.yaml').stringData);
  if (files.has('.github/workflows/ci.yml')) add(yamlOf(spec, '.github/workflows/ci.yml').jobs.test.env);
  if (files.has('.gitlab-ci.yml')) add(yamlOf(spec, '.gitlab-ci.yml').test.variables);
  if (files.has('.circleci/config.yml')) add(yamlOf(spec, '.circleci/config.yml').jobs.test.docker[0].environment);
  return [...names].sort();
}

describe.skipIf(!appTemplatesPresent && process.env.CI !== 'true')('deployment files against the generated app', () => {
  it.each(specEntries)('%s: pyproject provides what CI and the image run', (_name, spec) => {
    const pyproject = pyprojectOf(spec);
    expect(pyproject.supportsSpecPython, `requires-python ${pyproject.requiresPython}`).toBe(true);
    expect(pyproject.dev).toEqual(expect.arrayContaining(['ruff', 'pytest']));
    const runtime = ['alembic', 'uvicorn', DRIVERS[spec.project.database], ...(needsRedis(spec) ? ['redis'] : [])];
    expect(pyproject.dependencies).toEqual(expect.arrayContaining(runtime));
  });

  it.each(specEntries)('%s: alembic.ini, alembic/env.py, app.main:app and tests exist', (_name, spec) => {
    const files = filesOf(spec);
    for (const path of ['alembic.ini', 'alembic/env.py', 'app/__init__.py', 'tests/conftest.py']) {
      expect(files.has(path), path).toBe(true);
    }
    expect(fileOf(spec, 'app/main.py')).toMatch(/^app\s*(:[^=]+)?=\s*create_app\(\)/m);
    expect(fileOf(spec, 'alembic.ini')).toMatch(/^script_location\s*=\s*(%\(here\)s\/)?alembic\s*$/m);
  });

  it.each(specEntries.filter(([, spec]) => spec.deploy.docker))(
    '%s: every path the Dockerfile copies exists',
    (_n, spec) => {
      const paths = [...filesOf(spec).keys()];
      const sources = parseDockerfile(fileOf(spec, 'Dockerfile'))
        .flatMap((stage) => stage.instructions)
        .filter((i) => i.keyword === 'COPY' && !i.flags.from)
        .flatMap((i) => i.args.split(/\s+/).slice(0, -1));
      for (const source of sources) {
        expect(
          paths.some((p) => p === source || p.startsWith(`${source.replace(/\/$/, '')}/`)),
          source,
        ).toBe(true);
      }
    },
  );

  it.each(specEntries.filter(([, spec]) => spec.deploy.kubernetes))(
    '%s: the Secret example carries the SECRET_KEY placeholder the app refuses in production',
    (_name, spec) => {
      const placeholder = /^SECRET_KEY_PLACEHOLDER\s*=\s*"([^"]*)"/m.exec(fileOf(spec, 'app/config.py'))?.[1];
      expect(placeholder).toBeTruthy();
      expect(yamlOf(spec, 'k8s/secret.example.yaml').stringData.SECRET_KEY).toBe(placeholder);
    },
  );

  it.each(specEntries)('%s: every setting the deployment files set is a documented setting', (_name, spec) => {
    const documented = fileOf(spec, '.env.example')
      .split('\n')
      .map((line) => /^#?\s*([A-Z][A-Z0-9_]*)=/.exec(line)?.[1])
      .filter(Boolean);
    expect(documented).toEqual(expect.arrayContaining(settingsSetBy(spec)));
  });
});

it('collects the settings the deployment files set', () => {
  const saas = specEntries.find(([name]) => name === 'saas')![1];
  expect(settingsSetBy(saas)).toEqual(['DATABASE_URL', 'ENVIRONMENT', 'LOG_LEVEL', 'REDIS_URL', 'SECRET_KEY']);
  const doc: Doc = yamlOf(saas, 'k8s/configmap.yaml');
  expect(doc.data.ENVIRONMENT).toBe('production');
});
