/**
 * Checks 1–3 (lint, compile, imports) in Pyodide's core, booted once from node_modules;
 * no packages, so checks 4–6 report themselves skipped. Each broken project must fail
 * exactly the check that is about its defect, naming the file and the line.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { GeneratedFile } from '../../../src/generator';
import { NO_PACKAGES_REASON, nodeVerifySession } from '../../../src/verify/node';
import type { VerifySession } from '../../../src/verify/runner';
import { reportText } from '../../../src/verify/report-text';
import { reportPassed, type VerifyProgress } from '../../../src/verify/types';
import { check, exampleSpec, failed, lineOf, mutate, project, replaceOnce, statuses } from './support';

const spec = exampleSpec('users-orders');
let session: VerifySession;
let files: GeneratedFile[];

beforeAll(() => {
  session = nodeVerifySession(null);
  files = project(spec);
});

describe('checks 1–3 without packages', () => {
  it('passes the users-orders example and says plainly that 4–6 need packages', async () => {
    const progress: VerifyProgress[] = [];
    const report = await session.verify(spec, files, { onProgress: (p) => progress.push(p) });
    expect(statuses(report)).toEqual({
      lint: 'passed',
      compile: 'passed',
      imports: 'passed',
      schemas: 'skipped',
      models: 'skipped',
      app: 'skipped',
    });
    expect(reportPassed(report)).toBe(true);
    for (const name of ['schemas', 'models', 'app'] as const) {
      expect(check(report, name).details.summary).toBe(`needs Pydantic, SQLAlchemy and FastAPI: ${NO_PACKAGES_REASON}`);
    }
    const python = files.filter((f) => f.path.endsWith('.py')).length;
    expect(check(report, 'lint').details.files).toBe(python);
    expect(check(report, 'compile').details.files).toBe(python);
    expect(check(report, 'imports').details.imports).toBeGreaterThan(50);
    // Cold: Python starts while ruff lints; the stage is shown again if it is still starting after.
    expect(progress.slice(0, 2)).toEqual([{ stage: 'python' }, { stage: 'check', name: 'lint' }]);
    expect(progress[3]).toEqual({ stage: 'python' });
    expect(progress.filter((p) => p.stage === 'checked').map((p) => p.stage === 'checked' && p.result.name)).toEqual([
      'lint',
      'compile',
      'imports',
      'schemas',
      'models',
      'app',
    ]);
    for (const result of report.checks) expect(result.durationMs).toBeGreaterThanOrEqual(0);
    expect(reportText(report)).toMatch(/^PASS lint .*\n.*\nverified \(3 checks skipped\)$/s);
    const warm: VerifyProgress[] = [];
    await session.verify(spec, files, { onProgress: (p) => warm.push(p) });
    expect(warm.some((p) => p.stage === 'python')).toBe(false);
  }, 60_000);

  it('a syntax error fails lint and compile at its line; the later checks do not run', async () => {
    const path = 'app/models/order.py';
    const broken = mutate(
      files,
      path,
      replaceOnce(
        'class Order(TimestampMixin, SoftDeleteMixin, Base):',
        'class Order(TimestampMixin, SoftDeleteMixin, Base)',
      ),
    );
    const line = lineOf(broken, path, 'class Order(');
    const report = await session.verify(spec, broken);
    expect(failed(report)).toEqual(['lint', 'compile']);
    expect(check(report, 'compile').details.problems).toEqual([
      { file: path, line, message: expect.stringMatching(/^SyntaxError: expected ':'/) },
    ]);
    expect(check(report, 'lint').details.problems[0]).toMatchObject({
      file: path,
      line,
      message: expect.stringContaining('syntax error'),
    });
    expect(statuses(report).imports).toBe('skipped');
    expect(check(report, 'schemas').details.summary).toBe('not run: the compile check failed');
  });

  it('an undefined name fails lint alone (pyflakes F821)', async () => {
    const path = 'app/api/v1/endpoints/order.py';
    const broken = mutate(
      files,
      path,
      replaceOnce('return await service.get(order_id)', 'return await service.get(order_idx)'),
    );
    const report = await session.verify(spec, broken);
    expect(failed(report)).toEqual(['lint']);
    expect(check(report, 'lint').details.problems).toEqual([
      { file: path, line: lineOf(broken, path, 'order_idx'), message: 'F821: Undefined name `order_idx`' },
    ]);
  });

  it('a file ruff format would change fails lint alone', async () => {
    const broken = mutate(files, 'app/main.py', replaceOnce('TITLE = "Order Desk"', 'TITLE =  "Order Desk"'));
    const report = await session.verify(spec, broken);
    expect(failed(report)).toEqual(['lint']);
    expect(check(report, 'lint').details.problems).toEqual([
      {
        file: 'app/main.py',
        line: lineOf(broken, 'app/main.py', 'TITLE ='),
        message: 'not formatted as `ruff format` would write it',
      },
    ]);
  });

  it('importing a name the module does not define fails imports alone', async () => {
    const path = 'app/api/v1/router.py';
    const broken = mutate(
      files,
      path,
      replaceOnce('order import router as order_router', 'order import routes as order_router'),
    );
    const report = await session.verify(spec, broken);
    expect(failed(report)).toEqual(['imports']);
    expect(check(report, 'imports').details.problems).toEqual([
      {
        file: path,
        line: lineOf(broken, path, 'routes as order_router'),
        message:
          'cannot import routes from app.api.v1.endpoints.order: app/api/v1/endpoints/order.py does not define it',
      },
    ]);
    expect(check(report, 'models').details.summary).toBe('not run: the imports check failed');
  });

  it('importing a module that was not generated fails imports alone', async () => {
    const path = 'app/api/v1/endpoints/order.py';
    const broken = mutate(
      files,
      path,
      replaceOnce('from app.services.order import', 'from app.services.orders import'),
    );
    const report = await session.verify(spec, broken);
    expect(failed(report)).toEqual(['imports']);
    expect(check(report, 'imports').details.problems).toEqual([
      {
        file: path,
        line: lineOf(broken, path, 'app.services.orders'),
        message: 'no generated module app.services.orders',
      },
    ]);
  });

  it("compiles with the grammar of the project's Python version", async () => {
    const old = exampleSpec('minimal');
    const target = { ...old, project: { ...old.project, pythonVersion: '3.11' as const } };
    const path = 'app/config.py';
    const newer = mutate(project(target), path, (content) => `${content}\ntype Alias = int\n`);
    const report = await session.verify(target, newer);
    expect(check(report, 'compile').details.problems).toEqual([
      {
        file: path,
        line: lineOf(newer, path, 'type Alias'),
        message: expect.stringMatching(/^SyntaxError: .*only supported in Python 3\.12/),
      },
    ]);
    const current = { ...old, project: { ...old.project, pythonVersion: '3.12' as const } };
    const fine = await session.verify(
      current,
      mutate(project(current), path, (content) => `${content}\ntype Alias = int\n`),
    );
    expect(statuses(fine).compile).toBe('passed');
  });
});
