/**
 * Checks 4–6 (schemas, models, app) with real Pydantic, SQLAlchemy and FastAPI, from the
 * local package folder (BACKSMITH_PYODIDE_PACKAGES, public/pyodide-packages or
 * ~/.cache/backsmith/pyodide-packages; `npm run packages` fills one). Skipped when there
 * is none, except under CI=true, where a missing or broken folder fails here.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildViewModel } from '../../../src/generator/view-model';
import { nodeVerifySession } from '../../../src/verify/node';
import type { VerifySession } from '../../../src/verify/runner';
import type { VerifyProgress } from '../../../src/verify/types';
import {
  check,
  EXAMPLES,
  exampleSpec,
  failed,
  lineOf,
  mutate,
  packageFolder,
  project,
  replaceOnce,
  skipPackageTests,
} from './support';

const folder = packageFolder();
const spec = exampleSpec('users-orders');
const files = () => project(spec);

// Under CI a missing prerequisite is a failure, never a skip.
it.runIf(process.env.CI === 'true')('CI has a Pyodide package folder for checks 4–6', () => {
  expect(folder.dir, 'no package folder: fill one with `npm run packages` (see README)').not.toBeNull();
});

describe.skipIf(skipPackageTests(folder))(`checks 4–6 with the packages in ${folder.dir}`, () => {
  let session: VerifySession;
  beforeAll(async () => {
    if (folder.broken) return;
    session = nodeVerifySession(folder.dir);
    await session.start();
  }, 60_000);

  it('the configured package folder is complete', () => {
    expect(folder.broken).toBeNull();
  });

  it.each(EXAMPLES)(
    'the %s example verifies green',
    async (name) => {
      const example = exampleSpec(name);
      const progress: VerifyProgress[] = [];
      const report = await session.verify(example, project(example), { onProgress: (p) => progress.push(p) });
      expect(report.checks.map((c) => [c.name, c.status, c.details.problems])).toEqual(
        ['lint', 'compile', 'imports', 'schemas', 'models', 'app'].map((n) => [n, 'passed', []]),
      );
      const entities = check(report, 'schemas').details.entities as { valid: string; roundTrip: string }[];
      expect(entities.length).toBe(buildViewModel(example).entities.length);
      for (const entity of entities) expect(entity).toMatchObject({ valid: 'accepted', roundTrip: 'ok' });
      const ddl = check(report, 'models').details.ddl as Record<string, string>;
      expect(Object.keys(ddl)).toEqual(['postgresql', 'mysql', 'sqlite']);
      for (const entity of example.entities) {
        for (const statements of Object.values(ddl)) expect(statements).toContain(`CREATE TABLE ${entity.plural} (`);
      }
      const openapi = check(report, 'app').details.openapi as { paths: Record<string, unknown> };
      expect(Object.keys(openapi.paths)).toContain('/health');
      expect(check(report, 'app').details.health).toMatchObject({ status: 200, body: '{"status":"ok"}' });
      if (progress.some((p) => p.stage === 'packages')) {
        expect(progress.find((p) => p.stage === 'packages')).toMatchObject({ totalBytes: expect.any(Number) });
      }
    },
    120_000,
  );

  it('users-orders: samples, constraints, DDL per dialect and endpoints are reported', async () => {
    const report = await session.verify(spec, files());
    const order = (check(report, 'schemas').details.entities as Record<string, unknown>[]).find(
      (e) => e.entity === 'Order',
    )!;
    expect(order).toMatchObject({ file: 'app/schemas/order.py', valid: 'accepted', unexpected: [] });
    expect(order.cases).toBeGreaterThanOrEqual(10);
    expect(order.casesAsExpected).toBe(order.cases);
    const ddl = check(report, 'models').details.ddl as Record<string, string>;
    expect(ddl.postgresql).toContain('total NUMERIC(12, 2) NOT NULL');
    expect(ddl.mysql).toContain('DATETIME(6)');
    expect(ddl.sqlite).toMatch(/FOREIGN KEY\(customer_id\) REFERENCES customers \(id\) ON DELETE CASCADE/);
    expect(check(report, 'models').details.notes).toEqual([]);
    const endpoints = check(report, 'app').details.endpoints as { path: string; found: string[] }[];
    expect(endpoints).toContainEqual({
      path: '/api/v1/orders/{id}',
      methods: ['GET', 'PUT', 'PATCH', 'DELETE'],
      found: ['DELETE', 'GET', 'PATCH', 'PUT'],
    });
  }, 60_000);

  it('a schema constraint that differs from the spec fails schemas alone', async () => {
    const path = 'app/schemas/order.py';
    const broken = mutate(
      files(),
      path,
      replaceOnce(
        'Field(max_length=32, pattern="^ORD-[0-9]{6}$")]\n',
        'Field(max_length=320, pattern="^ORD-[0-9]{6}$")]\n',
      ),
    );
    const report = await session.verify(spec, broken);
    expect(failed(report)).toEqual(['schemas']);
    expect(check(report, 'schemas').details.problems).toEqual([
      {
        file: path,
        line: lineOf(broken, path, 'reference: Annotated[str, Field(max_length=320'),
        message: `OrderCreate.reference maxLength ('${'x'.repeat(33)}'): rejected as string_pattern_mismatch, expected string_too_long`,
      },
    ]);
  }, 60_000);

  it('a schema missing a constraint fails schemas alone: the invalid sample is accepted', async () => {
    const path = 'app/schemas/customer.py';
    const broken = mutate(files(), path, (content) =>
      content.replace(/(class CustomerCreate[\s\S]*?)name: Annotated\[str, Field\(max_length=120\)\]/, '$1name: str'),
    );
    const report = await session.verify(spec, broken);
    expect(failed(report)).toEqual(['schemas']);
    expect(check(report, 'schemas').details.problems).toEqual([
      {
        file: path,
        line: lineOf(broken, path, '    name: str'),
        message: expect.stringMatching(/^CustomerCreate\.name maxLength .*: accepted, expected string_too_long$/),
      },
    ]);
  }, 60_000);

  it('a foreign key to the wrong table fails models alone, at the column', async () => {
    const path = 'app/models/order.py';
    const broken = mutate(files(), path, replaceOnce('ForeignKey("customers.id"', 'ForeignKey("users.id"'));
    const report = await session.verify(spec, broken);
    expect(failed(report)).toEqual(['models']);
    const [reference, configuring] = check(report, 'models').details.problems;
    expect(reference).toEqual({
      file: path,
      line: lineOf(broken, path, 'customer_id: Mapped['),
      message: 'orders.customer_id references users; the spec says customers',
    });
    expect(configuring!.message).toMatch(
      /^configuring the models: NoForeignKeysError: .*relationship (Order\.customer|Customer\.orders)/,
    );
  }, 60_000);

  it('a foreign key to a missing table fails models alone, at the column', async () => {
    const path = 'app/models/order.py';
    const broken = mutate(files(), path, replaceOnce('ForeignKey("customers.id"', 'ForeignKey("customer.id"'));
    const report = await session.verify(spec, broken);
    expect(failed(report)).toEqual(['models']);
    const [reference, configuring] = check(report, 'models').details.problems;
    expect(reference).toEqual({
      file: path,
      line: lineOf(broken, path, 'customer_id: Mapped['),
      message: 'orders.customer_id references customer; the spec says customers',
    });
    expect(configuring!.message).toMatch(/^configuring the models: /);
  }, 60_000);

  it('a delete rule that differs from the spec fails models alone', async () => {
    const path = 'app/models/order.py';
    const broken = mutate(
      files(),
      path,
      replaceOnce('ForeignKey("customers.id", ondelete="CASCADE")', 'ForeignKey("customers.id", ondelete="RESTRICT")'),
    );
    const report = await session.verify(spec, broken);
    expect(failed(report)).toEqual(['models']);
    expect(check(report, 'models').details.problems).toEqual([
      {
        file: path,
        line: lineOf(broken, path, 'customer_id: Mapped['),
        message: 'deleting a customers row: its orders row was refused; the spec says on delete cascade',
      },
    ]);
  }, 60_000);

  it('a unique column without its constraint fails models alone', async () => {
    const path = 'app/models/order.py';
    const broken = mutate(
      files(),
      path,
      replaceOnce('mapped_column(String(32), unique=True)', 'mapped_column(String(32))'),
    );
    const report = await session.verify(spec, broken);
    expect(failed(report)).toEqual(['models']);
    expect(check(report, 'models').details.problems).toEqual([
      {
        file: path,
        line: lineOf(broken, path, 'reference: Mapped['),
        message: 'orders.reference accepts a duplicate value; the spec makes it unique',
      },
    ]);
  }, 60_000);

  it('a missing route fails app alone, naming the endpoint module', async () => {
    const path = 'app/api/v1/endpoints/order.py';
    // The whole `@router.delete(...)` decorator, whatever its arguments: the function stays, unrouted.
    const decorator = /^@router\.delete\(\n(?: {4}.*\n)*\)\n/m;
    const broken = mutate(files(), path, (content) => {
      expect(content.match(new RegExp(decorator, 'gm'))?.length, 'one DELETE route in the module').toBe(1);
      return content.replace(decorator, '');
    });
    const report = await session.verify(spec, broken);
    expect(failed(report)).toEqual(['app']);
    expect(check(report, 'app').details.problems).toEqual([
      { file: path, line: null, message: 'DELETE /api/v1/orders/{id} is missing from the application' },
    ]);
  }, 60_000);

  it('an app that cannot be built fails app alone, at the failing line', async () => {
    const path = 'app/main.py';
    const broken = mutate(
      files(),
      path,
      replaceOnce(
        '    configure_logging(settings)\n',
        '    configure_logging(settings)\n    raise RuntimeError("broken on purpose")\n',
      ),
    );
    const report = await session.verify(spec, broken);
    expect(failed(report)).toContain('app');
    expect(check(report, 'app').details.problems).toEqual([
      {
        file: path,
        line: lineOf(broken, path, 'broken on purpose'),
        message: 'building the app with create_app(): RuntimeError: broken on purpose',
      },
    ]);
  }, 60_000);
});
