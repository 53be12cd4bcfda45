/**
 * The specs the generated suites run: the contract's examples (copied into
 * tests/fixtures/specs/examples/) and the matrix in tests/fixtures/specs/matrix/, each file
 * named `<database>-<key>-<pagination>-<theme>.json`. `quick` is a subset that still covers
 * every database, both key types and both paginations; `full` is every file.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import fc from 'fast-check';
import { parseSpecText, formatSpecError, validateSpec, type Spec } from '../../src/spec';
import { specInput } from '../support/arbitrary-spec';
import { cacheRoot, randomSpecSettings, repoRoot, selectedMatrix, selectedSpecNames, type MatrixName } from './env';

export const fixturesRoot = join(repoRoot, 'tests', 'fixtures', 'specs');

export interface SpecEntry {
  group: 'examples' | 'matrix' | 'random';
  /** File name without `.json`; what BACKSMITH_SPECS selects. */
  name: string;
  file: string;
  text: string;
}

/** In the quick matrix; every other matrix file runs only in the full one. */
export const quickMatrix = [
  'sqlite-int-offset-all-types',
  'postgresql-uuid-page-relations',
  'mysql-int-page-softdelete',
] as const;

function readGroup(group: SpecEntry['group']): SpecEntry[] {
  const dir = join(fixturesRoot, group);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({
      group,
      name: basename(file, '.json'),
      file: join(dir, file),
      text: readFileSync(join(dir, file), 'utf8'),
    }));
}

const byName = (entries: SpecEntry[]) => {
  const names = selectedSpecNames();
  return names ? entries.filter((entry) => names.has(entry.name)) : entries;
};

export const exampleSpecs = (): SpecEntry[] => byName(readGroup('examples'));

export function matrixSpecs(matrix: MatrixName = selectedMatrix()): SpecEntry[] {
  const all = readGroup('matrix');
  const missingQuick = quickMatrix.filter((name) => !all.some((entry) => entry.name === name));
  if (missingQuick.length) throw new Error(`quick matrix names missing fixtures: ${missingQuick.join(', ')}`);
  return byName(
    matrix === 'full' ? all : all.filter((entry) => (quickMatrix as readonly string[]).includes(entry.name)),
  );
}

/**
 * Valid specs drawn from the property tests' arbitrary (tests/support/arbitrary-spec.ts):
 * combinations nobody wrote a fixture for. Each is named `random-<seed>-<n>` and saved as
 * .cache/random-specs/<name>.json, so a failing one can be generated and studied by hand.
 */
export function randomSpecs(): SpecEntry[] {
  const { count, seed } = randomSpecSettings();
  const entries: SpecEntry[] = [];
  if (count === 0) return entries;
  for (const input of fc.sample(specInput, { numRuns: count * 50, seed })) {
    if (!validateSpec(input).ok) continue;
    const name = `random-${seed}-${entries.length}`;
    const file = join(cacheRoot, 'random-specs', `${name}.json`);
    const text = `${JSON.stringify(input, null, 2)}\n`;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    entries.push({ group: 'random', name, file, text });
    if (entries.length === count) break;
  }
  return byName(entries);
}

/** Every fixture, ignoring the selection: the shared venv must fit all of them, whatever runs. */
export const allSpecs = (): SpecEntry[] => [...readGroup('examples'), ...readGroup('matrix')];

/** The normalized spec, or an error listing every problem the validator found. */
export function specOf(entry: SpecEntry): Spec {
  const result = parseSpecText(entry.text);
  if (!result.ok) {
    throw new Error(`${entry.file} is not a valid spec:\n${result.errors.map(formatSpecError).join('\n')}`);
  }
  return result.spec;
}
