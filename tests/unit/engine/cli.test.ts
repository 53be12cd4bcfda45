/** The real CLI, as a user runs it: `npm run -s backsmith -- …` from the repository root. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeSpecPayload, payloadFromHash } from '../../../src/share/link';

const EXAMPLES = join(__dirname, '../../fixtures/specs/examples');
const example = (name: string) => join(EXAMPLES, `${name}.json`);

function backsmith(...args: string[]) {
  const result = spawnSync('npm', ['run', '-s', 'backsmith', '--', ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr.replace(/npm warn.*\n/g, '') };
}

function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(dir);
  return out;
}

const tmp = () => mkdtempSync(join(tmpdir(), 'backsmith-cli-'));

describe('backsmith CLI', { timeout: 60_000 }, () => {
  it('validate: exit 0 and "valid" for every example', () => {
    for (const name of ['minimal', 'saas', 'users-orders']) {
      expect(backsmith('validate', example(name))).toMatchObject({ code: 0, stdout: 'valid\n' });
    }
  });

  it('validate: exit 1 and one line per problem', () => {
    const dir = tmp();
    const spec = { specVersion: 1, project: { name: 'Bad Name', database: 'oracle' }, entities: [] };
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(spec));
    const { code, stdout } = backsmith('validate', join(dir, 'bad.json'));
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines.some((l) => l.startsWith('project.name: '))).toBe(true);
    expect(lines.some((l) => l.startsWith('project.database: '))).toBe(true);
  });

  it('validate: a missing file or broken JSON is a clear error', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'broken.json'), '{"specVersion": 1,');
    expect(backsmith('validate', join(dir, 'broken.json'))).toMatchObject({
      code: 1,
      stdout: expect.stringMatching(/^spec: is not valid JSON/),
    });
    const missing = backsmith('validate', join(dir, 'nope.json'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nope\.json: cannot read the spec \(ENOENT\)/);
  });

  it('generate: identical trees twice, refuses a non-empty directory without --force', () => {
    const [a, b] = [tmp(), tmp()];
    expect(backsmith('generate', example('users-orders'), '--out', a, '--force').code).toBe(0);
    expect(backsmith('generate', example('users-orders'), '--out', b, '--force').code).toBe(0);
    expect(tree(a)).toEqual(tree(b));
    expect(Object.keys(tree(a))).toContain('backsmith.json');
    const refused = backsmith('generate', example('users-orders'), '--out', a);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/not empty.*--force/);
  });

  it('generate --zip: byte-identical archives under one root folder named after the project', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'out'));
    expect(backsmith('generate', example('minimal'), '--zip', join(dir, 'one.zip')).code).toBe(0);
    expect(backsmith('generate', example('minimal'), '--zip', join(dir, 'two.zip')).code).toBe(0);
    const one = readFileSync(join(dir, 'one.zip'));
    expect(one.equals(readFileSync(join(dir, 'two.zip')))).toBe(true);
    const names = Object.keys(unzipSync(one));
    expect(names.every((n) => n.startsWith('todo_api/'))).toBe(true);
    expect(names).toContain('todo_api/backsmith.json');
  });

  it('share: prints a link whose fragment decodes to the spec', () => {
    const { code, stdout } = backsmith('share', example('saas'), '--base', 'http://localhost:4173/');
    expect(code).toBe(0);
    const url = new URL(stdout.trim());
    expect(url.origin).toBe('http://localhost:4173');
    const decoded = JSON.parse(decodeSpecPayload(payloadFromHash(url.hash)!));
    expect(decoded).toEqual(JSON.parse(readFileSync(example('saas'), 'utf8')));
  });

  it('usage errors exit 2 with the usage text', () => {
    const { code, stderr } = backsmith('frobnicate');
    expect(code).toBe(2);
    expect(stderr).toMatch(/unknown command "frobnicate"[\s\S]*usage:/);
  });
});
