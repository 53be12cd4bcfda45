/**
 * A spec generated into a scratch directory with the same entry points the CLI uses, and
 * the file layout generated-backend.md promises for it.
 */
import { existsSync, mkdirSync, readdirSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateProject } from '../../src/generator';
import { nodePythonFormatter } from '../../src/generator/python-format/node';
import { naming, type Spec } from '../../src/spec';
import { keepProjects, scratchRoot } from './env';
import { isAlive } from './lock';
import { asPythonVersion, type PythonVersion } from './python';
import { specOf, type SpecEntry } from './specs';

export interface GeneratedProject {
  entry: SpecEntry;
  spec: Spec;
  /** `project.name`, also the folder name. */
  name: string;
  dir: string;
  files: string[];
  pythonVersion: PythonVersion;
}

const projectsParent = join(scratchRoot, 'projects');
const projectsRoot = join(projectsParent, String(process.pid));
let swept = false;

/** Projects of runs that died before their afterAll (BACKSMITH_KEEP runs leave a `.keep`). */
function sweepDeadRuns() {
  swept = true;
  if (!existsSync(projectsParent)) return;
  for (const name of readdirSync(projectsParent)) {
    const dir = join(projectsParent, name);
    if (Number(name) !== process.pid && !isAlive(Number(name)) && !existsSync(join(dir, '.keep'))) {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

/** `label` keeps two suites generating the same spec apart (e.g. "sqlite", "postgresql"). */
export function generateInto(entry: SpecEntry, label: string): GeneratedProject {
  if (!swept) sweepDeadRuns();
  const spec = specOf(entry);
  const dir = join(projectsRoot, `${entry.group}-${entry.name}-${label}`, spec.project.name);
  rmSync(dir, { recursive: true, force: true });
  const files = generateProject(spec, nodePythonFormatter(spec.project.pythonVersion));
  for (const file of files) {
    const target = join(dir, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.content);
  }
  if (keepProjects) {
    writeFileSync(join(projectsRoot, '.keep'), '');
    console.log(`BACKSMITH_KEEP: ${entry.name} generated in ${dir}`);
  }
  return {
    entry,
    spec,
    name: spec.project.name,
    dir,
    files: files.map((file) => file.path).sort(),
    pythonVersion: asPythonVersion(spec.project.pythonVersion),
  };
}

export function removeProject(project: GeneratedProject | undefined) {
  if (!project || keepProjects) return;
  rmSync(dirname(project.dir), { recursive: true, force: true });
  try {
    rmdirSync(projectsRoot); // once this run's last project is gone
  } catch {
    // Other projects of this run are still there.
  }
}

/** The first thing every check needs; its absence is the clearest possible failure. */
export function requireFile(project: GeneratedProject, path: string): string {
  const full = join(project.dir, path);
  if (!existsSync(full)) {
    throw new Error(`generated project ${project.name} has no ${path} (it has: ${project.files.join(', ')})`);
  }
  return full;
}

/** Paths (files, or directories ending in `/` that must hold at least one file) the contract requires. */
export function expectedLayout(spec: Spec): string[] {
  const { deploy } = spec;
  const paths = [
    'backsmith.json', 'pyproject.toml', 'README.md', '.env.example', '.gitignore',
    'alembic.ini', 'alembic/env.py', 'alembic/versions/0001_initial.py',
    'app/__init__.py', 'app/main.py', 'app/config.py', 'app/dependencies.py',
    'app/api/v1/router.py', 'app/api/v1/endpoints/health.py', 'app/core/', 'app/db/',
    'tests/conftest.py', 'tests/test_health.py',
  ]; // prettier-ignore
  for (const entity of spec.entities) {
    const module = naming.snakeCase(entity.name);
    paths.push(`app/models/${module}.py`, `app/schemas/${module}.py`);
    // A `User` entity only extends the built-in user, whose routes are the auth routes.
    if (entity.name !== 'User') {
      paths.push(`app/api/v1/endpoints/${module}.py`, `app/services/${module}.py`, `tests/test_${module}.py`);
    }
  }
  // "Tests and quality": the generated tests cover the rate limit.
  if (spec.api.rateLimit) paths.push('tests/test_rate_limit.py');
  if (spec.project.auth !== 'none') paths.push('app/api/v1/endpoints/auth.py', 'tests/test_auth.py');
  if (spec.api.websockets) paths.push('app/api/v1/endpoints/ws.py', 'app/websocket/', 'tests/test_ws.py');
  if (deploy.docker) paths.push('Dockerfile', '.dockerignore', 'docker-compose.yml');
  if (deploy.ci.includes('github')) paths.push('.github/workflows/ci.yml');
  if (deploy.ci.includes('gitlab')) paths.push('.gitlab-ci.yml');
  if (deploy.ci.includes('circleci')) paths.push('.circleci/config.yml');
  if (deploy.kubernetes) paths.push('k8s/');
  return paths;
}

export function missingFromLayout(project: GeneratedProject): string[] {
  return expectedLayout(project.spec).filter((path) =>
    path.endsWith('/') ? !project.files.some((file) => file.startsWith(path)) : !project.files.includes(path),
  );
}
