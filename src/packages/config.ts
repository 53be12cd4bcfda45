/**
 * What verification needs from Python's package world, pinned: Pyodide 0.28.3 (its lock
 * brings pydantic 2.10.6, SQLAlchemy 2.0.39, httpx) and the pure-Python wheels outside
 * that lock, at versions that work with the lock's pydantic (docs/verification.md).
 */

export const PYODIDE_VERSION = '0.28.3';
export const PYODIDE_CDN = `https://cdn.jsdelivr.net/pyodide/v${PYODIDE_VERSION}/full/`;
export const PYPI_JSON = 'https://pypi.org/pypi/';

/** The runtime itself; lives next to the packages in a self-hosted folder. */
export const CORE_FILES = ['pyodide.mjs', 'pyodide.asm.js', 'pyodide.asm.wasm', 'python_stdlib.zip'] as const;

export const LOCK_FILE = 'pyodide-lock.json';
/** Written by `npm run packages` next to the lock: every file of the folder, with sizes. */
export const MANIFEST_FILE = 'backsmith-packages.json';

export interface ExtraWheel {
  /** Normalized distribution name, the lock's key. */
  name: string;
  version: string;
  fileName: string;
  /** Top-level import names (the lock's `imports`). */
  imports: string[];
  depends: string[];
}

const wheel = (name: string, version: string, imports: string[], depends: string[] = []): ExtraWheel => ({
  name,
  version,
  fileName: `${name.replace(/-/g, '_')}-${version}-py3-none-any.whl`,
  imports,
  depends,
});

/**
 * Pure-Python wheels from PyPI. typing-extensions replaces the lock's 4.14.1 because
 * typing-inspection (needed by FastAPI and pydantic-settings) requires 4.15 or later.
 */
export const EXTRA_WHEELS: ExtraWheel[] = [
  wheel(
    'fastapi',
    '0.142.2',
    ['fastapi'],
    ['starlette', 'pydantic', 'typing-extensions', 'typing-inspection', 'annotated-doc', 'opentelemetry-api'],
  ),
  wheel('starlette', '1.7.0', ['starlette'], ['anyio']),
  wheel('annotated-doc', '0.0.5', ['annotated_doc']),
  wheel('opentelemetry-api', '1.45.0', ['opentelemetry'], ['typing-extensions']),
  wheel('typing-inspection', '0.4.4', ['typing_inspection'], ['typing-extensions']),
  wheel('typing-extensions', '4.16.0', ['typing_extensions']),
  wheel('pydantic-settings', '2.15.0', ['pydantic_settings'], ['pydantic', 'python-dotenv', 'typing-inspection']),
  wheel('python-dotenv', '1.2.4', ['dotenv']),
  wheel('email-validator', '2.3.0', ['email_validator'], ['dnspython', 'idna']),
  wheel('dnspython', '2.8.0', ['dns']),
  // Auth (JWT, the OAuth2 password form) and Redis-backed rate limits and WebSocket fan-out.
  wheel('pyjwt', '2.15.1', ['jwt']),
  wheel('python-multipart', '0.0.32', ['python_multipart', 'multipart']),
  wheel('redis', '8.1.0', ['redis']),
];

/**
 * What checks 4–6 load; the lock adds the dependencies. Pyodide's httpx entry declares
 * none, so its own dependencies are listed here.
 */
export const REQUIRED_PACKAGES = [
  'pydantic',
  'sqlalchemy',
  'fastapi',
  'pydantic-settings',
  'email-validator',
  'pyjwt',
  'python-multipart',
  'argon2-cffi',
  'redis',
  'httpx',
  'anyio',
  'sniffio',
  'httpcore',
  'h11',
  'idna',
  'certifi',
];
