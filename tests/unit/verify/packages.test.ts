/** Package configuration: lock files with the extra wheels, local folders, `npm run packages`. */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CORE_FILES, EXTRA_WHEELS, LOCK_FILE, MANIFEST_FILE } from '../../../src/packages/config';
import { fillPackages } from '../../../src/packages/fill';
import { dependencyClosure, hasExtras, trimLock, withExtras, type Lockfile } from '../../../src/packages/lock';
import { PackageFolderError, readPackageFolder } from '../../../src/packages/local';
import { pyodideDirectory } from '../../../src/packages/node-pyodide';
import { packageFolder, skipPackageTests } from './support';

const pyodideLock = () => JSON.parse(readFileSync(join(pyodideDirectory(), LOCK_FILE), 'utf8')) as Lockfile;
const extras = () => EXTRA_WHEELS.map((wheel) => ({ wheel, fileName: wheel.fileName, sha256: 'ab'.repeat(32) }));
const temporary: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'backsmith-packages-test-'));
  temporary.push(dir);
  return dir;
};
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('lock files', () => {
  it("Pyodide's own lock lacks FastAPI and friends", () => {
    expect(() => dependencyClosure(pyodideLock())).toThrow(/no entry for fastapi, pydantic-settings, email-validator/);
    expect(hasExtras(pyodideLock())).toBe(false);
  });

  it('with the extra wheels, one closure holds everything the checks import', () => {
    const lock = withExtras(pyodideLock(), extras());
    expect(hasExtras(lock)).toBe(true);
    const closure = dependencyClosure(lock);
    for (const name of [
      'fastapi',
      'starlette',
      'pydantic',
      'pydantic-core',
      'sqlalchemy',
      'sqlite3',
      'httpx',
      'dnspython',
    ]) {
      expect(closure).toContain(name);
    }
    // typing-inspection needs typing-extensions ≥ 4.15: the lock's 4.14.1 is replaced.
    expect(lock.packages['typing-extensions']).toMatchObject({
      version: '4.16.0',
      file_name: 'typing_extensions-4.16.0-py3-none-any.whl',
    });
    expect(Object.values(lock.packages).filter((p) => p.name === 'typing-extensions')).toHaveLength(1);
    const trimmed = trimLock(lock);
    expect(Object.keys(trimmed.packages).sort()).toEqual(closure);
    expect(closure.length).toBeLessThan(40);
    expect(trimmed.info).toEqual(pyodideLock().info);
  });
});

describe('local package folders', () => {
  it('a folder without a lock file is refused, saying how to fill one', () => {
    expect(() => readPackageFolder(tempDir())).toThrow(PackageFolderError);
    expect(() => readPackageFolder(tempDir())).toThrow(/no pyodide-lock\.json \(fill it with: npm run packages\)/);
  });

  it("Pyodide's lock without the wheels is refused, naming the missing wheels", () => {
    const dir = tempDir();
    copyFileSync(join(pyodideDirectory(), LOCK_FILE), join(dir, LOCK_FILE));
    expect(() => readPackageFolder(dir)).toThrow(/missing fastapi-0\.142\.2-py3-none-any\.whl, starlette-1\.7\.0/);
  });
});

const folder = packageFolder();

describe.skipIf(skipPackageTests(folder))('npm run packages', () => {
  it('fills a folder from another one: runtime, trimmed lock, wheels, manifest', async () => {
    const out = tempDir();
    const lines: string[] = [];
    const manifest = await fillPackages({ from: folder.dir!, out, gitRef: 'gh-pages', gitPath: 'x' }, (l) =>
      lines.push(l),
    );
    const local = readPackageFolder(out);
    expect(hasExtras(local.lock)).toBe(true);
    expect(manifest.files.map((f) => f.name)).toEqual(
      expect.arrayContaining([...CORE_FILES, LOCK_FILE, ...EXTRA_WHEELS.map((w) => w.fileName)]),
    );
    expect(manifest.totalBytes).toBe(manifest.files.reduce((sum, f) => sum + f.bytes, 0));
    expect(JSON.parse(readFileSync(join(out, MANIFEST_FILE), 'utf8'))).toEqual(manifest);
    expect(lines).toEqual([]); // every wheel came from --from: no pip, no network
  });

  it("accepts Pyodide's own lock plus loose wheels, and notices a damaged wheel", () => {
    const dir = tempDir();
    const source = readPackageFolder(folder.dir!);
    for (const file of source.files) copyFileSync(file, join(dir, file.split('/').pop()!));
    copyFileSync(join(pyodideDirectory(), LOCK_FILE), join(dir, LOCK_FILE));
    const local = readPackageFolder(dir);
    expect(hasExtras(local.lock)).toBe(true);
    expect(local.bytes).toBe(source.bytes);
    writeFileSync(join(dir, 'pydantic-2.10.6-py3-none-any.whl'), 'not a wheel');
    expect(() => readPackageFolder(dir)).toThrow(
      /pydantic-2\.10\.6-py3-none-any\.whl does not match the lock's sha256/,
    );
  });
});
