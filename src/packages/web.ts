/**
 * Package sources in the browser. "self-hosted": a folder the app serves
 * (`public/pyodide-packages/`, filled by `npm run packages`) holding Pyodide's runtime,
 * a lock that already lists every wheel, and the wheels. "cdn": Pyodide's CDN for the
 * runtime and its own packages, PyPI for the wheels outside its lock. "auto" picks the
 * self-hosted folder when the app has one.
 */
import { EXTRA_WHEELS, LOCK_FILE, MANIFEST_FILE, PYODIDE_CDN, PYPI_JSON, CORE_FILES } from './config';
import { dependencyClosure, withExtras, type Lockfile, type ResolvedWheel } from './lock';

export type PackageSourceSetting = 'auto' | 'self-hosted' | 'cdn';

export interface WebPackageSource {
  kind: 'self-hosted' | 'cdn';
  /** Folder of pyodide.mjs, pyodide.asm.js/.wasm and python_stdlib.zip (ends with `/`). */
  indexURL: string;
  /** Base of the lock's relative wheel file names. */
  packageBaseUrl: string;
  /** Bytes of the packages to load, when known (the self-hosted manifest says). */
  packageBytes: number | null;
}

interface Manifest {
  files: { name: string; bytes: number }[];
}

/** The self-hosted folder of an app served at `appBase` (Vite's BASE_URL, absolute). */
export const selfHostedBase = (appBase: string) => new URL('pyodide-packages/', appBase).href;

async function selfHostedManifest(base: string): Promise<Manifest | null> {
  try {
    const response = await fetch(new URL(MANIFEST_FILE, base));
    return response.ok ? ((await response.json()) as Manifest) : null;
  } catch {
    return null;
  }
}

/** Decides where Python comes from; "auto" asks the app's own folder first. */
export async function resolveSource(setting: PackageSourceSetting, appBase: string): Promise<WebPackageSource> {
  if (setting !== 'cdn') {
    const base = selfHostedBase(appBase);
    const manifest = await selfHostedManifest(base);
    if (manifest) {
      const core = new Set<string>([...CORE_FILES, LOCK_FILE]);
      const packageBytes = manifest.files.filter((f) => !core.has(f.name)).reduce((sum, f) => sum + f.bytes, 0);
      return { kind: 'self-hosted', indexURL: base, packageBaseUrl: base, packageBytes };
    }
    if (setting === 'self-hosted') throw new Error(`no package folder at ${base} (npm run packages fills it)`);
  }
  return { kind: 'cdn', indexURL: PYODIDE_CDN, packageBaseUrl: PYODIDE_CDN, packageBytes: null };
}

/** An extra wheel as PyPI lists it: its file URL and sha256. */
async function fromPyPI(wheel: (typeof EXTRA_WHEELS)[number]): Promise<ResolvedWheel> {
  const response = await fetch(`${PYPI_JSON}${wheel.name}/${wheel.version}/json`);
  if (!response.ok) throw new Error(`PyPI has no ${wheel.name} ${wheel.version} (${response.status})`);
  const release = (await response.json()) as { urls: { filename: string; url: string; digests: { sha256: string } }[] };
  const file = release.urls.find((entry) => entry.filename === wheel.fileName);
  if (!file) throw new Error(`PyPI has no ${wheel.fileName}`);
  return { wheel, fileName: file.url, sha256: file.digests.sha256 };
}

/** The lock verification loads from: every package, extra wheels included. */
export async function sourceLock(source: WebPackageSource): Promise<Lockfile> {
  const response = await fetch(new URL(LOCK_FILE, source.indexURL));
  if (!response.ok) throw new Error(`${LOCK_FILE}: ${response.status} from ${source.indexURL}`);
  const lock = (await response.json()) as Lockfile;
  if (source.kind === 'self-hosted') return lock;
  return withExtras(lock, await Promise.all(EXTRA_WHEELS.map(fromPyPI)));
}

/** Every URL a verification fetches: what "make verification available offline" caches. */
export async function sourceUrls(source: WebPackageSource): Promise<string[]> {
  const lock = await sourceLock(source);
  const files = dependencyClosure(lock).map((key) => lock.packages[key]!.file_name);
  const manifest = source.kind === 'self-hosted' ? [MANIFEST_FILE] : [];
  return [...CORE_FILES, LOCK_FILE, ...manifest, ...files].map((name) => new URL(name, source.packageBaseUrl).href);
}
