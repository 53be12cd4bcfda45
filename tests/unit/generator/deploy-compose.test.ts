import { describe, expect, it } from 'vitest';
import { dbImages, dbPorts, dbSchemes, needsRedis, specEntries, yamlOf, type Doc } from './deploy-support';
import type { Spec } from '../../../src/spec';

const dockerSpecs = specEntries.filter(([, spec]) => spec.deploy.docker);
const compose = (spec: Spec) => yamlOf(spec, 'docker-compose.yml');

/** `KEY: value` map or `["KEY=value"]` list, as compose accepts both. */
function environmentOf(service: Doc): Record<string, string> {
  const env = service.environment ?? {};
  if (!Array.isArray(env)) return env;
  return Object.fromEntries(env.map((entry: string) => entry.split(/=(.*)/s).slice(0, 2)));
}

const healthTest = (service: Doc): string[] => {
  const test = service.healthcheck?.test;
  expect(Array.isArray(test), 'healthcheck.test as an exec list').toBe(true);
  expect(test[0]).toBe('CMD');
  return test.slice(1);
};

describe('docker-compose.yml', () => {
  it.each(dockerSpecs)('%s: app, one-shot migration, database and Redis exactly as needed', (_name, spec) => {
    const { services } = compose(spec);
    const expected = ['app', 'migrate'];
    if (spec.project.database !== 'sqlite') expected.push('db');
    if (needsRedis(spec)) expected.push('redis');
    expect(Object.keys(services).sort()).toEqual(expected.sort());
    expect(compose(spec).version, 'the obsolete `version` key').toBeUndefined();
  });

  it.each(dockerSpecs)('%s: the app waits for a healthy database, Redis and the finished migration', (_name, spec) => {
    const { services } = compose(spec);
    const { app, migrate } = services;
    expect(app.build).toBe('.');
    expect(migrate.image).toBe(app.image);
    expect(migrate.command).toEqual(['alembic', 'upgrade', 'head']);
    expect(migrate.restart).toBe('no');
    expect(app.ports).toEqual(['8000:8000']);
    expect(app.depends_on.migrate).toEqual({ condition: 'service_completed_successfully' });
    for (const backing of ['db', 'redis'].filter((name) => services[name])) {
      expect(app.depends_on[backing]).toEqual({ condition: 'service_healthy' });
      expect(services[backing].healthcheck).toMatchObject({
        interval: expect.any(String),
        retries: expect.any(Number),
      });
    }
    if (services.db) expect(migrate.depends_on.db).toEqual({ condition: 'service_healthy' });
    expect(Object.keys(app.depends_on).sort()).toEqual(
      ['migrate', ...['db', 'redis'].filter((name) => services[name])].sort(),
    );
    expect(app.env_file).toEqual([{ path: '.env', required: false }]);
  });

  it.each(dockerSpecs)('%s: the database service and the app’s DATABASE_URL agree', (_name, spec) => {
    const { services } = compose(spec);
    const appEnv = environmentOf(services.app);
    expect(environmentOf(services.migrate)).toEqual(appEnv);
    expect(appEnv.ENVIRONMENT).toBe('${ENVIRONMENT:-development}');
    const url = new URL(appEnv.DATABASE_URL!);
    expect(url.protocol).toBe(dbSchemes[spec.project.database]);
    const database = spec.project.database;
    if (database === 'sqlite') {
      // The file lives on the named volume mounted into both the app and the migration.
      expect(appEnv.DATABASE_URL).toBe('sqlite+aiosqlite:////app/data/app.db');
      for (const service of [services.app, services.migrate]) expect(service.volumes).toEqual(['app-data:/app/data']);
      return;
    }
    const db = services.db;
    expect(db.image).toBe(dbImages[database]);
    expect(url.hostname).toBe('db');
    expect(url.port).toBe(dbPorts[database]);
    const env = environmentOf(db);
    const dbName = url.pathname.slice(1);
    if (database === 'postgresql') {
      expect(healthTest(db)).toEqual(['pg_isready', '-U', env.POSTGRES_USER, '-d', env.POSTGRES_DB]);
      expect([url.username, url.password, dbName]).toEqual([env.POSTGRES_USER, env.POSTGRES_PASSWORD, env.POSTGRES_DB]);
      expect(db.volumes).toEqual(['db-data:/var/lib/postgresql/data']);
    } else {
      expect(healthTest(db)).toEqual(['healthcheck.sh', '--connect', '--innodb_initialized']);
      expect([url.username, url.password, dbName]).toEqual([
        env.MARIADB_USER,
        env.MARIADB_PASSWORD,
        env.MARIADB_DATABASE,
      ]);
      expect(env.MARIADB_RANDOM_ROOT_PASSWORD ?? env.MARIADB_ROOT_PASSWORD).toBeTruthy();
      expect(db.volumes).toEqual(['db-data:/var/lib/mysql']);
    }
    expect(db.ports, 'the database is not published on the host').toBeUndefined();
  });

  it.each(dockerSpecs)('%s: Redis is healthy-checked and REDIS_URL points at it, only when needed', (_name, spec) => {
    const { services } = compose(spec);
    const appEnv = environmentOf(services.app);
    if (!needsRedis(spec)) {
      expect(services.redis).toBeUndefined();
      expect(appEnv.REDIS_URL).toBeUndefined();
      return;
    }
    expect(services.redis.image).toMatch(/^redis:\d+-alpine$/);
    expect(healthTest(services.redis)).toEqual(['redis-cli', 'ping']);
    const url = new URL(appEnv.REDIS_URL!);
    expect([url.protocol, url.hostname, url.port]).toEqual(['redis:', 'redis', '6379']);
  });

  it.each(dockerSpecs)('%s: every named volume is declared, every declared volume used', (_name, spec) => {
    const document = compose(spec);
    const used = new Set<string>();
    for (const service of Object.values(document.services) as Doc[]) {
      for (const mount of service.volumes ?? []) {
        const source = String(mount).split(':')[0]!;
        if (!source.startsWith('.') && !source.startsWith('/')) used.add(source);
      }
    }
    expect(Object.keys(document.volumes ?? {}).sort()).toEqual([...used].sort());
  });
});
