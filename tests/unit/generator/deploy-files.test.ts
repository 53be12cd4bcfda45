import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDeployView, dnsLabel } from '../../../src/generator/view-model/deploy';
import { filesOf, needsRedis, render, specEntries, specs, variantSpec } from './deploy-support';
import type { Spec } from '../../../src/spec';

const DEPLOY_PATH = /^(Dockerfile|\.dockerignore|docker-compose\.yml|\.github\/|\.gitlab-ci\.yml|\.circleci\/|k8s\/)/;

const CI_FILES = {
  github: '.github/workflows/ci.yml',
  gitlab: '.gitlab-ci.yml',
  circleci: '.circleci/config.yml',
} as const;

/** The deployment files a spec must produce, written out from the spec's own words. */
function expectedDeployFiles(spec: Spec): string[] {
  const files: string[] = [];
  if (spec.deploy.docker) files.push('Dockerfile', '.dockerignore', 'docker-compose.yml');
  for (const provider of spec.deploy.ci) files.push(CI_FILES[provider]);
  if (spec.deploy.kubernetes) {
    files.push(
      ...['kustomization', 'configmap', 'secret.example', 'deployment', 'service', 'hpa'].map((n) => `k8s/${n}.yaml`),
    );
    if (spec.project.database === 'sqlite') files.push('k8s/pvc.yaml');
  }
  return files.sort();
}

describe('deployment file list', () => {
  it.each(specEntries)('%s: exactly the files its deploy settings ask for', (_name, spec) => {
    const generated = [...filesOf(spec).keys()].filter((path) => DEPLOY_PATH.test(path)).sort();
    expect(generated).toEqual(expectedDeployFiles(spec));
  });

  it('covers every switch both ways across the test specs', () => {
    const all = Object.values(specs);
    for (const flag of [true, false]) {
      expect(all.some((s) => s.deploy.docker === flag)).toBe(true);
      expect(all.some((s) => s.deploy.kubernetes === flag)).toBe(true);
      expect(all.some((s) => needsRedis(s) === flag)).toBe(true);
    }
    for (const database of ['postgresql', 'mysql', 'sqlite']) {
      expect(all.some((s) => s.project.database === database)).toBe(true);
    }
    for (const provider of ['github', 'gitlab', 'circleci'] as const) {
      expect(all.some((s) => s.deploy.ci.length === 1 && s.deploy.ci[0] === provider)).toBe(true);
    }
    expect(all.some((s) => s.deploy.ci.length === 0)).toBe(true);
  });

  it('renders byte-identical output twice', () => {
    for (const spec of Object.values(specs)) expect([...render(spec)]).toEqual([...render(spec)]);
    expect(buildDeployView(variantSpec('order_desk', {}))).toEqual(buildDeployView(variantSpec('order_desk', {})));
  });
});

describe('DeployView', () => {
  it('turns project names into DNS-1123 labels', () => {
    expect(dnsLabel('order_desk')).toBe('order-desk');
    expect(dnsLabel('chat__room_')).toBe('chat-room');
    expect(dnsLabel('a1')).toBe('a1');
  });

  it('gives a valid DNS-1123 label, with room for suffixes, for any valid project name', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z][a-z0-9_]{0,39}$/), (name) => {
        const label = dnsLabel(name);
        expect(label).toMatch(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/);
        expect(`${label}-secrets`.length).toBeLessThanOrEqual(63);
      }),
    );
  });

  it('picks images, drivers and Redis from the spec', () => {
    const saas = buildDeployView(specs.saas!);
    expect(saas.python).toMatchObject({ version: '3.12', image: 'python:3.12-slim' });
    expect(saas.database).toMatchObject({ kind: 'postgresql', driver: 'asyncpg', sqlite: false });
    expect(saas.redis).toBe(true);
    expect(saas.services.map((s) => [s.name, s.image])).toEqual([
      ['db', 'postgres:16-alpine'],
      ['redis', 'redis:7-alpine'],
    ]);
    expect(saas.dnsName).toBe('tenant-hub');

    const mysql = buildDeployView(specs.mysqlRateLimit!);
    expect(mysql.database.driver).toBe('aiomysql');
    expect(mysql.python.image).toBe('python:3.11-slim');
    expect(mysql.services.map((s) => s.image)).toEqual(['mariadb:11', 'redis:7-alpine']);

    const sqlite = buildDeployView(specs.minimal!);
    expect(sqlite.database.driver).toBe('aiosqlite');
    expect(sqlite.redis).toBe(false);
    expect(sqlite.services).toEqual([]);
    expect(sqlite.compose.volumes).toEqual(['app-data']);

    // In-memory broker and no rate limit: no Redis.
    expect(buildDeployView(specs.usersOrders!).redis).toBe(false);
    expect(buildDeployView(specs.mysqlAllCi!).redis).toBe(false);
  });

  it('lists the CI providers of the spec', () => {
    const view = buildDeployView(specs.mysqlAllCi!);
    expect(view.ci).toMatchObject({ providers: ['circleci', 'gitlab', 'github'], github: true, gitlab: true });
    expect(buildDeployView(specs.nothing!).ci).toMatchObject({ providers: [], github: false, circleci: false });
  });
});
