/**
 * The contract's example specs, through the same checks as the matrix. The harness reads
 * the copies in tests/fixtures/specs/examples/ (a fresh clone has no ../shared), and checks
 * they still say what the contract's originals say wherever those are present (the copies
 * are formatted by Prettier, so the JSON values are compared, not the bytes).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../harness/env';
import { exampleSpecs, fixturesRoot } from '../harness/specs';
import { defineProjectSuites } from '../harness/suite';

const contractExamples = resolve(
  process.env.BACKSMITH_CONTRACT_EXAMPLES ?? join(repoRoot, '..', 'shared', 'contract', 'examples'),
);

describe.skipIf(!existsSync(contractExamples))(`fixture copies of ${contractExamples}`, () => {
  it('hold the same specs as the contract examples', () => {
    const names = readdirSync(contractExamples)
      .filter((name) => name.endsWith('.json'))
      .sort();
    const copies = readdirSync(join(fixturesRoot, 'examples'))
      .filter((name) => name.endsWith('.json'))
      .sort();
    expect(copies).toEqual(names);
    for (const name of names) {
      const read = (dir: string): unknown => JSON.parse(readFileSync(join(dir, name), 'utf8'));
      expect(read(join(fixturesRoot, 'examples')), `tests/fixtures/specs/examples/${name}`).toEqual(
        read(contractExamples),
      );
    }
  });
});

defineProjectSuites(exampleSpecs());
