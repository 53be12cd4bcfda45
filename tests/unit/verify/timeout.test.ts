/**
 * The per-check time limit (the CLI's guard against a generated module that never
 * returns): a module looping forever at import fails the check that imports it, as timed
 * out, the later checks are skipped, and the session boots a fresh Python for the next run.
 */
import { describe, expect, it } from 'vitest';
import { nodeVerifySession } from '../../../src/verify/node';
import { check, exampleSpec, mutate, packageFolder, project, replaceOnce, skipPackageTests, statuses } from './support';

const folder = packageFolder();
const spec = exampleSpec('users-orders');

describe.skipIf(skipPackageTests(folder))('a check that never returns', () => {
  it('fails as timed out after the limit, and the next verification runs on a new Python', async () => {
    const files = project(spec);
    const hanging = mutate(
      files,
      'app/schemas/order.py',
      replaceOnce('\nclass OrderCreate(', '\nwhile True:\n    pass\n\n\nclass OrderCreate('),
    );
    const session = nodeVerifySession(folder.dir);
    const started = performance.now();
    const report = await session.verify(spec, hanging, { checkTimeoutMs: 2_000 });
    expect(performance.now() - started).toBeLessThan(60_000);
    expect(statuses(report)).toEqual({
      lint: 'passed',
      compile: 'passed',
      imports: 'passed',
      schemas: 'failed',
      models: 'skipped',
      app: 'skipped',
    });
    expect(check(report, 'schemas').details).toMatchObject({
      summary: 'timed out after 2 s',
      problems: [{ file: null, line: null, message: 'the schemas check timed out after 2 s' }],
    });
    expect(check(report, 'schemas').durationMs).toBeGreaterThanOrEqual(2_000);
    expect(check(report, 'models').details.summary).toBe('not run: the schemas check did not finish');

    const again = await session.verify(spec, files, { checkTimeoutMs: 60_000 });
    expect(Object.values(statuses(again))).toEqual(Array(6).fill('passed'));
  }, 180_000);
});
