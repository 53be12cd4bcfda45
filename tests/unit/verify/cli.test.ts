/** `npm run backsmith -- verify`, run as users run it. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../src/cli/args';
import { CHECK_NAMES, type VerifyReport } from '../../../src/verify/types';
import { packageFolder, skipPackageTests } from './support';

const EXAMPLE = join(import.meta.dirname, '../../fixtures/specs/examples/users-orders.json');

function backsmith(...args: string[]) {
  const result = spawnSync('npm', ['run', '-s', 'backsmith', '--', ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr.replace(/npm warn.*\n/g, '') };
}

describe('verify arguments', () => {
  it('takes one spec, --packages <dir> and --json', () => {
    expect(parseArgs(['verify', 'spec.json'])).toEqual({ command: 'verify', spec: 'spec.json', json: false });
    expect(parseArgs(['verify', 'spec.json', '--packages', 'wheels', '--json'])).toEqual({
      command: 'verify',
      spec: 'spec.json',
      packages: 'wheels',
      json: true,
    });
    expect(() => parseArgs(['verify', 'spec.json', '--packages'])).toThrow('--packages needs a value');
    expect(() => parseArgs(['verify'])).toThrow('verify takes exactly one spec file');
  });
});

describe('verify command', () => {
  it('--json prints exactly the report shape; without packages 4–6 are skipped and it exits 0', () => {
    const { code, stdout } = backsmith('verify', EXAMPLE, '--json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as VerifyReport;
    expect(Object.keys(report)).toEqual(['checks']);
    expect(report.checks.map((c) => c.name)).toEqual([...CHECK_NAMES]);
    for (const check of report.checks) {
      expect(Object.keys(check).sort()).toEqual(['details', 'durationMs', 'name', 'status']);
      expect(Number.isInteger(check.durationMs)).toBe(true);
    }
    expect(report.checks.map((c) => c.status)).toEqual(['passed', 'passed', 'passed', 'skipped', 'skipped', 'skipped']);
  }, 60_000);

  it('a package folder that is not one is an error, exit 1', () => {
    const { code, stderr } = backsmith('verify', EXAMPLE, '--packages', '/nonexistent/folder');
    expect(code).toBe(1);
    expect(stderr).toContain('--packages: /nonexistent/folder: no pyodide-lock.json');
  }, 60_000);

  const folder = packageFolder();
  it.skipIf(skipPackageTests(folder))(
    'with packages, prints a readable report with all six checks passed',
    () => {
      const { code, stdout } = backsmith('verify', EXAMPLE, '--packages', folder.dir!);
      expect(code).toBe(0);
      for (const name of CHECK_NAMES) expect(stdout).toMatch(new RegExp(`^PASS ${name} `, 'm'));
      expect(stdout.trim().split('\n').at(-1)).toBe('verified');
    },
    120_000,
  );
});
