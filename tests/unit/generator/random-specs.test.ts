/**
 * Property: any valid spec generates Python that CPython compiles and that is clean
 * under ruff's pyflakes and syntax rules (ruff's wasm build, as the app uses).
 */
import { execFileSync } from 'node:child_process';
import { PositionEncoding, Workspace } from '@astral-sh/ruff-wasm-nodejs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateProject } from '../../../src/generator';
import { nodePythonFormatter } from '../../../src/generator/python-format/node';
import { validateSpec, type Spec } from '../../../src/spec';
import { specInput } from '../../support/arbitrary-spec';

const SAMPLES = Number(process.env.BACKSMITH_PROPERTY_RUNS ?? 40);

function validSpecs(count: number, seed: number): Spec[] {
  const specs: Spec[] = [];
  for (const input of fc.sample(specInput, { numRuns: count * 20, seed })) {
    const result = validateSpec(input);
    if (result.ok) specs.push(result.spec);
    if (specs.length === count) break;
  }
  return specs;
}

/** Compiles every file in one CPython process; returns the errors it reports. */
function compileAll(files: { path: string; content: string }[]): string[] {
  const script = [
    'import json, sys',
    'errors = []',
    'for f in json.load(sys.stdin):',
    '    try:',
    '        compile(f["content"], f["path"], "exec")',
    '    except SyntaxError as e:',
    '        errors.append(f"{f[\'path\']}:{e.lineno}: {e.msg}")',
    'print(json.dumps(errors))',
  ].join('\n');
  return JSON.parse(
    execFileSync('python3', ['-c', script], { input: JSON.stringify(files), encoding: 'utf8', maxBuffer: 1 << 28 }),
  );
}

describe('random valid specs', () => {
  const specs = validSpecs(SAMPLES, 20261121);

  it('the arbitrary reaches enough valid specs to mean something', () => {
    expect(specs.length).toBe(SAMPLES);
  });

  it('generate Python that compiles and is pyflakes-clean', { timeout: 120_000 }, () => {
    const pyflakes = new Workspace(
      { 'target-version': 'py310', lint: { select: ['F', 'E9'] } },
      PositionEncoding.Utf16,
    );
    const python: { path: string; content: string }[] = [];
    const problems: string[] = [];
    specs.forEach((spec, i) => {
      for (const file of generateProject(spec, nodePythonFormatter(spec.project.pythonVersion))) {
        if (!file.path.endsWith('.py')) continue;
        const path = `spec${i}/${file.path}`;
        python.push({ path, content: file.content });
        for (const d of pyflakes.check(file.content) as {
          code: string;
          message: string;
          start_location: { row: number };
        }[]) {
          problems.push(`${path}:${d.start_location.row}: ${d.code} ${d.message}`);
        }
      }
    });
    problems.push(...compileAll(python));
    expect(problems).toEqual([]);
  });
});
