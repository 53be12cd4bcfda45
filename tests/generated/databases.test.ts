/**
 * The specs (examples, matrix, random) that name PostgreSQL or MySQL, migrated and tested
 * against real servers: a throwaway PostgreSQL 15 cluster and MariaDB server (and a Redis
 * server when a spec uses Redis), started once for this file and stopped at its end.
 * BACKSMITH_DB selects the servers.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { DatabaseServer } from '../harness/databases';
import { selectedDatabases } from '../harness/env';
import { startMariaDb } from '../harness/mariadb';
import { startPostgres } from '../harness/postgres';
import { prerequisite } from '../harness/prerequisite';
import { exampleSpecs, matrixSpecs, randomSpecs, specOf, type SpecEntry } from '../harness/specs';
import { defineServerSuites, redisPrerequisite, specUsesRedis, toolchainPrerequisite } from '../harness/suite';

const servers = [
  { kind: 'postgresql', title: 'PostgreSQL', server: prerequisite('PostgreSQL server', startPostgres) },
  { kind: 'mysql', title: 'MariaDB', server: prerequisite('MariaDB server', startMariaDb) },
] as const;
const selected = servers.filter(({ kind }) => selectedDatabases().has(kind));
const toolchain = toolchainPrerequisite();
const redis = redisPrerequisite();

/** Specs whose own database is `kind`; invalid ones fail in the other suites. */
function specsFor(kind: DatabaseServer['kind']): SpecEntry[] {
  return [...exampleSpecs(), ...matrixSpecs(), ...randomSpecs()].filter((entry) => {
    try {
      return specOf(entry).project.database === kind;
    } catch {
      return false;
    }
  });
}

beforeAll(async () => {
  await toolchain.load();
  // Settle both before failing, so a server that did start is still stopped in afterAll.
  const needsRedis = selected.some(({ kind }) => specsFor(kind).some(specUsesRedis));
  const started = await Promise.allSettled([
    ...selected.map(({ server }) => server.load()),
    ...(needsRedis ? [redis.load()] : []),
  ]);
  const failure = started.find((result) => result.status === 'rejected');
  if (failure) throw failure.reason;
});

afterAll(async () => {
  await Promise.all([...selected.map(({ server }) => server.peek()?.stop()), redis.peek()?.stop()]);
});

if (selected.length === 0) it.skip('no database server is selected (BACKSMITH_DB)');
for (const { kind, title, server } of selected) {
  describe(title, () => defineServerSuites(server, toolchain, redis, specsFor(kind)));
}
