/**
 * `npm run packages -- [--from <dir>] [--from-git <bare repo>] [--out <dir> | --cache]`:
 * fills one flat folder with what verification loads: Pyodide's runtime (from
 * node_modules), a lock file listing exactly the needed packages, and their wheels.
 * Lock packages come from `--from`, then `--from-git`, then Pyodide's CDN; the wheels
 * outside Pyodide's lock from `--from`, then pip, then PyPI.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { CORE_FILES, EXTRA_WHEELS, LOCK_FILE, MANIFEST_FILE, PYODIDE_VERSION } from './config';
import { dependencyClosure, trimLock, withExtras, type Lockfile, type ResolvedWheel } from './lock';
import { sha256 } from './local';
import { pyodideDirectory } from './node-pyodide';
import { cdnSource, folderSource, gitSource, pipDownload, pypiSource, readFirst, type FileSource } from './sources';

export const DEFAULT_OUT = 'public/pyodide-packages';
export const CACHE_OUT = join(homedir(), '.cache/backsmith/pyodide-packages');
const USAGE = `usage: npm run packages -- [--from <dir>] [--from-git <bare repo> [--git-ref gh-pages] [--git-path pyodide-dist/pyodide]] [--out <dir> | --cache]`;

export interface FillOptions {
  from?: string;
  fromGit?: string;
  gitRef: string;
  gitPath: string;
  out: string;
}

export interface Manifest {
  pyodideVersion: string;
  files: { name: string; bytes: number }[];
  totalBytes: number;
}

function parse(argv: string[]): FillOptions {
  const options: FillOptions = { gitRef: 'gh-pages', gitPath: 'pyodide-dist/pyodide', out: DEFAULT_OUT };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = () => {
      const next = argv[++i];
      if (!next) throw new Error(`${flag} needs a value`);
      return next;
    };
    if (flag === '--from') options.from = value();
    else if (flag === '--from-git') options.fromGit = value();
    else if (flag === '--git-ref') options.gitRef = value();
    else if (flag === '--git-path') options.gitPath = value();
    else if (flag === '--out') options.out = value();
    else if (flag === '--cache') options.out = CACHE_OUT;
    else throw new Error(`unknown option ${flag}`);
  }
  return options;
}

/** Writes `bytes` unless the file already holds exactly them. */
function put(dir: string, name: string, bytes: Uint8Array): void {
  const path = join(dir, name);
  if (existsSync(path) && statSync(path).size === bytes.length && sha256(readFileSync(path)) === sha256(bytes)) return;
  writeFileSync(path, bytes);
}

async function baseLock(sources: FileSource[]): Promise<Lockfile> {
  const found = await readFirst([...sources, folderSource(pyodideDirectory())], LOCK_FILE);
  return JSON.parse(new TextDecoder().decode(found!.bytes)) as Lockfile;
}

async function resolveExtras(options: FillOptions, log: (line: string) => void): Promise<ResolvedWheel[]> {
  const found = new Map<string, Uint8Array>();
  // Wheels a previous run put in the output folder are reused: pip is slow.
  const local = [...(options.from ? [folderSource(options.from)] : []), folderSource(resolve(options.out))];
  for (const wheel of EXTRA_WHEELS) {
    const hit = await readFirst(local, wheel.fileName);
    if (hit) found.set(wheel.fileName, hit.bytes);
  }
  const missing = EXTRA_WHEELS.filter((wheel) => !found.has(wheel.fileName));
  const pip = missing.length > 0 ? pipDownload(missing) : null;
  try {
    for (const wheel of missing) {
      const hit = await readFirst([...(pip ? [pip.source] : []), pypiSource(missing)], wheel.fileName);
      if (!hit)
        throw new Error(`${wheel.fileName}: not found (pip download and PyPI failed; pass --from <dir> with it)`);
      log(`  ${wheel.fileName} from ${hit.from === 'PyPI' ? 'PyPI' : 'pip download'}`);
      found.set(wheel.fileName, hit.bytes);
    }
  } finally {
    pip?.cleanup();
  }
  const out = resolve(options.out);
  return EXTRA_WHEELS.map((wheel) => {
    const bytes = found.get(wheel.fileName)!;
    put(out, wheel.fileName, bytes);
    return { wheel, fileName: wheel.fileName, sha256: sha256(bytes) };
  });
}

export async function fillPackages(options: FillOptions, log: (line: string) => void = console.log): Promise<Manifest> {
  const out = resolve(options.out);
  mkdirSync(out, { recursive: true });
  const sources: FileSource[] = [
    ...(options.from ? [folderSource(options.from)] : []),
    ...(options.fromGit ? [gitSource(options.fromGit, options.gitRef, options.gitPath)] : []),
  ];
  const lock = trimLock(withExtras(await baseLock(sources), await resolveExtras(options, log)));
  const extraFiles = new Set(EXTRA_WHEELS.map((wheel) => wheel.fileName));
  const withCdn = [folderSource(out), ...sources, cdnSource()];
  for (const key of dependencyClosure(lock)) {
    const entry = lock.packages[key]!;
    if (extraFiles.has(entry.file_name)) continue;
    let bytes: Uint8Array | null = null;
    for (const source of withCdn) {
      const candidate = await source.read(entry.file_name);
      if (candidate && sha256(candidate) === entry.sha256) {
        bytes = candidate;
        break;
      }
    }
    if (!bytes) {
      throw new Error(`${entry.file_name}: not found intact in ${withCdn.map((s) => s.label).join(', ')}`);
    }
    put(out, entry.file_name, bytes);
  }
  for (const name of CORE_FILES) put(out, name, readFileSync(join(pyodideDirectory(), name)));
  writeFileSync(join(out, LOCK_FILE), JSON.stringify(lock));
  const names = [...CORE_FILES, LOCK_FILE, ...Object.values(lock.packages).map((entry) => entry.file_name)];
  const files = names.map((name) => ({ name, bytes: statSync(join(out, name)).size }));
  const manifest: Manifest = {
    pyodideVersion: PYODIDE_VERSION,
    files,
    totalBytes: files.reduce((sum, file) => sum + file.bytes, 0),
  };
  writeFileSync(join(out, MANIFEST_FILE), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}

export async function main(argv: string[]): Promise<number> {
  let options: FillOptions;
  try {
    options = parse(argv);
  } catch (error) {
    console.error(`packages: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  try {
    const manifest = await fillPackages(options);
    const mb = (manifest.totalBytes / 1024 / 1024).toFixed(1);
    console.log(`wrote ${manifest.files.length} files (${mb} MB) to ${resolve(options.out)}`);
    return 0;
  } catch (error) {
    console.error(`packages: ${(error as Error).message}`);
    return 1;
  }
}
