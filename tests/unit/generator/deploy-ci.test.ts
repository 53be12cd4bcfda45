import { describe, expect, it } from 'vitest';
import { dbImages, dbPorts, dbSchemes, needsRedis, specEntries, yamlOf, type Doc } from './deploy-support';
import type { Spec } from '../../../src/spec';

const withCi = (provider: Spec['deploy']['ci'][number]) =>
  specEntries.filter(([, spec]) => spec.deploy.ci.includes(provider));

/** Images the test job must run next to it, in order: database server, then Redis. */
function expectedServiceImages(spec: Spec): string[] {
  const images: string[] = [];
  if (spec.project.database !== 'sqlite') images.push(dbImages[spec.project.database]);
  if (needsRedis(spec)) images.push('redis:7-alpine');
  return images;
}

/** The test job's connection settings point at the services it starts, on `host`. */
function expectServiceUrls(spec: Spec, env: Record<string, string>, host: (service: 'db' | 'redis') => string) {
  const database = spec.project.database;
  if (database === 'sqlite') {
    expect(env.DATABASE_URL, 'SQLite tests use their own temporary database').toBeUndefined();
  } else {
    const url = new URL(env.DATABASE_URL!);
    expect([url.protocol, url.hostname, url.port]).toEqual([dbSchemes[database], host('db'), dbPorts[database]]);
  }
  if (needsRedis(spec)) expect(env.REDIS_URL).toBe(`redis://${host('redis')}:6379/0`);
  else expect(env.REDIS_URL).toBeUndefined();
}

/** Asserts the commands appear in this order among `lines`, and returns nothing else. */
function expectInOrder(lines: string[], commands: string[]) {
  const positions = commands.map((command) => lines.findIndex((line) => line.trim() === command));
  expect(positions, `${commands.join(' → ')} in ${JSON.stringify(lines)}`).not.toContain(-1);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
}

const INSTALL = 'pip install -e ".[dev]"';
const LINT = ['ruff check .', 'ruff format --check .'];
const TEST = ['alembic upgrade head', 'alembic check', 'pytest'];

describe('GitHub Actions', () => {
  const runLines = (job: Doc) =>
    job.steps.flatMap((step: Doc) => (typeof step.run === 'string' ? step.run.trim().split('\n') : []));

  it.each(withCi('github'))('%s: lint, test, and build only with Docker', (_name, spec) => {
    const workflow = yamlOf(spec, '.github/workflows/ci.yml');
    expect(Object.keys(workflow.on)).toEqual(['push', 'pull_request']);
    expect(Object.keys(workflow.jobs)).toEqual(spec.deploy.docker ? ['lint', 'test', 'build'] : ['lint', 'test']);
    const { lint, test } = workflow.jobs;
    expectInOrder(runLines(lint), [INSTALL, ...LINT]);
    expectInOrder(runLines(test), [INSTALL, ...TEST]);
    for (const job of [lint, test]) {
      const setup = job.steps.find((step: Doc) => String(step.uses).startsWith('actions/setup-python@'));
      expect(setup.with).toMatchObject({ cache: 'pip', 'cache-dependency-path': 'pyproject.toml' });
      const version = job === test ? test.strategy.matrix['python-version'][0] : setup.with['python-version'];
      expect(version).toBe(spec.project.pythonVersion);
      expect(job.steps[0].uses).toMatch(/^actions\/checkout@v\d+$/);
    }
    expect(test.strategy.matrix['python-version']).toEqual([spec.project.pythonVersion]);
    if (spec.deploy.docker) {
      const build = workflow.jobs.build;
      expect(build.needs).toEqual(['lint', 'test']);
      const step = build.steps.find((s: Doc) => String(s.uses).startsWith('docker/build-push-action@'));
      expect(step.with).toMatchObject({ context: '.', push: false });
    }
  });

  it.each(withCi('github'))('%s: test job runs against the spec’s database and Redis', (_name, spec) => {
    const { test } = yamlOf(spec, '.github/workflows/ci.yml').jobs;
    const services: Record<string, Doc> = test.services ?? {};
    expect(Object.values(services).map((s) => s.image)).toEqual(expectedServiceImages(spec));
    for (const service of Object.values(services)) {
      expect(service.options).toMatch(/--health-cmd "[^"]+"/);
      expect(service.options).toMatch(/--health-retries \d+/);
      expect(service.ports).toHaveLength(1);
    }
    if (services.db) {
      const probe = { 'postgres:16-alpine': 'pg_isready', 'mariadb:11': 'healthcheck.sh --connect' }[
        services.db.image as string
      ];
      expect(services.db.options).toContain(`--health-cmd "${probe}`);
      expect(services.db.ports).toEqual([
        `${dbPorts[spec.project.database as 'mysql']}:${dbPorts[spec.project.database as 'mysql']}`,
      ]);
    }
    if (services.redis) expect(services.redis.options).toContain('--health-cmd "redis-cli ping"');
    expectServiceUrls(spec, test.env ?? {}, () => '127.0.0.1');
  });
});

describe('GitLab CI', () => {
  it.each(withCi('gitlab'))('%s: lint, test, build stages with pip caching', (_name, spec) => {
    const pipeline = yamlOf(spec, '.gitlab-ci.yml');
    expect(pipeline.stages).toEqual(spec.deploy.docker ? ['lint', 'test', 'build'] : ['lint', 'test']);
    const python = pipeline['.python'];
    expect(python.image).toBe(`python:${spec.project.pythonVersion}-slim`);
    expect(python.before_script).toEqual([INSTALL]);
    expect(python.cache).toEqual({ key: { files: ['pyproject.toml'] }, paths: ['.cache/pip'] });
    expect(python.variables.PIP_CACHE_DIR).toBe('$CI_PROJECT_DIR/.cache/pip');
    expect(pipeline.lint).toMatchObject({ extends: '.python', stage: 'lint', script: LINT });
    expect(pipeline.test).toMatchObject({ extends: '.python', stage: 'test', script: TEST });
    if (spec.deploy.docker) {
      const { build } = pipeline;
      expect(build.stage).toBe('build');
      expect(build.services.some((s: string) => /^docker:\d+-dind$/.test(s))).toBe(true);
      expect(build.script.some((line: string) => line.startsWith('docker build '))).toBe(true);
    } else {
      expect(pipeline.build).toBeUndefined();
    }
  });

  it.each(withCi('gitlab'))('%s: test job services by alias, URLs pointing at the aliases', (_name, spec) => {
    const { test } = yamlOf(spec, '.gitlab-ci.yml');
    const services: Doc[] = test.services ?? [];
    expect(services.map((s) => s.name)).toEqual(expectedServiceImages(spec));
    expect(services.map((s) => s.alias)).toEqual(
      expectedServiceImages(spec).map((i) => (i.startsWith('redis') ? 'redis' : 'db')),
    );
    expectServiceUrls(spec, test.variables ?? {}, (service) => service);
  });
});

describe('CircleCI', () => {
  it.each(withCi('circleci'))('%s: lint, test, build (remote Docker) in one workflow', (_name, spec) => {
    const config = yamlOf(spec, '.circleci/config.yml');
    expect(config.version).toBe(2.1);
    const jobs = spec.deploy.docker ? ['lint', 'test', 'build'] : ['lint', 'test'];
    expect(Object.keys(config.jobs)).toEqual(jobs);
    expect(config.workflows.ci.jobs.map((job: Doc) => (typeof job === 'string' ? job : Object.keys(job)[0]))).toEqual(
      jobs,
    );
    const install = config.commands.install.steps;
    expect(install.map((step: Doc) => Object.keys(step)[0])).toEqual(['restore_cache', 'run', 'save_cache']);
    expect(install[0].restore_cache.keys[0]).toContain('{{ checksum "pyproject.toml" }}');
    expect(install[1].run).toBe(INSTALL);
    expect(install[2].save_cache.paths).toEqual(['~/.cache/pip']);
    const { lint, test } = config.jobs;
    expect(lint.steps.slice(0, 2)).toEqual(['checkout', 'install']);
    expect(lint.steps.slice(2).map((s: Doc) => s.run)).toEqual(LINT);
    const runs = test.steps.flatMap((step: Doc) => {
      const run = step.run;
      return typeof run === 'string' ? [run] : run ? run.command.trim().split('\n') : [];
    });
    expectInOrder(runs, TEST);
    if (spec.deploy.docker) {
      expect(config.jobs.build.steps).toContain('setup_remote_docker');
      expect(config.workflows.ci.jobs[2]).toEqual({ build: { requires: ['lint', 'test'] } });
    }
  });

  it.each(withCi('circleci'))('%s: test job runs the spec’s Python next to its services', (_name, spec) => {
    const { test, lint } = yamlOf(spec, '.circleci/config.yml').jobs;
    expect(lint.docker[0].image).toBe(`cimg/python:${spec.project.pythonVersion}`);
    const [primary, ...services] = test.docker as Doc[];
    expect(primary.image).toBe(`cimg/python:${spec.project.pythonVersion}`);
    expect(services.map((s) => s.image)).toEqual(expectedServiceImages(spec));
    expectServiceUrls(spec, primary.environment ?? {}, () => '127.0.0.1');
    // CircleCI has no service health checks: the job waits for each port first.
    const waits = test.steps.filter((step: Doc) => String(step.run?.name).startsWith('Wait for'));
    expect(waits).toHaveLength(services.length);
  });
});
