/**
 * Golden files: the file list and a few key files of each example spec's project. A
 * change to the output shows up here as a reviewable diff; refresh the goldens with
 * `npx vitest run --project unit tests/unit/generator/golden -u` and read the diff.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateProject } from '../../../src/generator';
import { nodePythonFormatter } from '../../../src/generator/python-format/node';
import { parseSpecText } from '../../../src/spec';

const EXAMPLES = join(__dirname, '../../fixtures/specs/examples');
const GOLDEN = join(__dirname, '../../golden');

const KEY_FILES: Record<string, string[]> = {
  minimal: [
    'pyproject.toml',
    'app/main.py',
    'app/models/todo.py',
    'app/schemas/todo.py',
    'app/api/v1/endpoints/todo.py',
  ],
  'users-orders': [
    'app/models/order.py',
    'app/schemas/order.py',
    'app/services/order.py',
    'alembic/versions/0001_initial.py',
  ],
  saas: ['app/models/task.py', 'app/config.py', 'docker-compose.yml'],
};

describe.each(Object.keys(KEY_FILES))('golden output of the %s example', (name) => {
  const result = parseSpecText(readFileSync(join(EXAMPLES, `${name}.json`), 'utf8'));
  if (!result.ok) throw new Error(`example ${name} is invalid`);
  const files = generateProject(result.spec, nodePythonFormatter(result.spec.project.pythonVersion));
  const byPath = new Map(files.map((f) => [f.path, f.content]));

  it('has the expected file list', async () => {
    await expect(files.map((f) => f.path).join('\n') + '\n').toMatchFileSnapshot(join(GOLDEN, name, 'FILES.txt'));
  });

  it.each(KEY_FILES[name]!)('%s matches its golden copy', async (path) => {
    expect(byPath.has(path), `${path} is generated`).toBe(true);
    await expect(byPath.get(path)).toMatchFileSnapshot(join(GOLDEN, name, `${path}.golden`));
  });
});
