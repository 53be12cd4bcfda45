/**
 * Where `npm run packages` gets files from (Node only): a folder of wheels or a copy of
 * Pyodide's distribution, a bare git repository holding one, Pyodide's CDN, and for the
 * wheels outside Pyodide's lock, pip (through whatever index it is configured with) or
 * PyPI's JSON API.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PYODIDE_CDN, PYPI_JSON, type ExtraWheel } from './config';

export interface FileSource {
  label: string;
  read(fileName: string): Promise<Uint8Array | null>;
}

export const folderSource = (dir: string): FileSource => ({
  label: dir,
  read: async (fileName) => (existsSync(join(dir, fileName)) ? readFileSync(join(dir, fileName)) : null),
});

/** `git show <ref>:<path>/<file>` on a (bare) repository. */
export const gitSource = (repo: string, ref: string, path: string): FileSource => ({
  label: `${repo} (${ref}:${path})`,
  read: async (fileName) => {
    try {
      return execFileSync('git', ['-C', repo, 'show', `${ref}:${path}/${fileName}`], {
        maxBuffer: 256 * 1024 * 1024,
        stdio: ['ignore', 'pipe', 'ignore'],
      });
    } catch {
      return null;
    }
  },
});

async function download(url: string): Promise<Uint8Array | null> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(60_000) });
    return response.ok ? new Uint8Array(await response.arrayBuffer()) : null;
  } catch {
    return null;
  }
}

export const cdnSource = (): FileSource => ({
  label: PYODIDE_CDN,
  read: (fileName) => download(PYODIDE_CDN + fileName),
});

/** Runs `pip download` once for all `wheels`; returns the folder it filled (or null). */
export function pipDownload(wheels: ExtraWheel[]): { source: FileSource; cleanup: () => void } | null {
  const dir = mkdtempSync(join(tmpdir(), 'backsmith-wheels-'));
  const python = process.env.BACKSMITH_PYTHON ?? 'python3';
  const requirements = wheels.map((wheel) => `${wheel.name}==${wheel.version}`);
  try {
    execFileSync(python, ['-m', 'pip', 'download', '--no-deps', '--only-binary=:all:', '-d', dir, ...requirements], {
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: 300_000,
    });
  } catch {
    // Some may have arrived; the caller takes what is there.
  }
  if (readdirSync(dir).length === 0) {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
  return { source: folderSource(dir), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The wheel from PyPI's JSON API (the file URL carries a content hash we cannot guess). */
export const pypiSource = (wheels: ExtraWheel[]): FileSource => ({
  label: 'PyPI',
  read: async (fileName) => {
    const wheel = wheels.find((w) => w.fileName === fileName);
    if (!wheel) return null;
    try {
      const response = await fetch(`${PYPI_JSON}${wheel.name}/${wheel.version}/json`, {
        signal: AbortSignal.timeout(30_000),
      });
      if (!response.ok) return null;
      const release = (await response.json()) as { urls: { filename: string; url: string }[] };
      const file = release.urls.find((entry) => entry.filename === fileName);
      return file ? download(file.url) : null;
    } catch {
      return null;
    }
  },
});

/** The first source that has the file. */
export async function readFirst(
  sources: FileSource[],
  fileName: string,
): Promise<{ bytes: Uint8Array; from: string } | null> {
  for (const source of sources) {
    const bytes = await source.read(fileName);
    if (bytes) return { bytes, from: source.label };
  }
  return null;
}
