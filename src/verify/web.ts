/**
 * The browser environment of a verification, for the Python worker: Pyodide and packages
 * from the configured source (self-hosted folder or CDN/PyPI), ruff's web build for the
 * lint. Package bytes are counted as they arrive, for the progress bar.
 */
import initRuff, { PositionEncoding, Workspace } from '@astral-sh/ruff-wasm-web';
import ruffWasmUrl from '@astral-sh/ruff-wasm-web/ruff_wasm_bg.wasm?url';
import type { PyodideInterface } from 'pyodide';
import { REQUIRED_PACKAGES } from '../packages/config';
import type { Lockfile } from '../packages/lock';
import { sourceLock, type WebPackageSource } from '../packages/web';
import type { LintWorkspace } from './checks/lint';
import type { PythonEnvironment } from './runner';

type LoadPyodide = (options: Record<string, unknown>) => Promise<PyodideInterface>;

/** Wraps `fetch` so that bytes of package files are reported while `counting()` is true. */
function countBytes(onBytes: (bytes: number) => void, counting: () => boolean): void {
  const original = globalThis.fetch.bind(globalThis);
  globalThis.fetch = async (input, init) => {
    const response = await original(input, init);
    if (!counting() || !response.body) return response;
    const counter = new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        onBytes(chunk.byteLength);
        controller.enqueue(chunk);
      },
    });
    return new Response(response.body.pipeThrough(counter), {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
}

export function webEnvironment(source: WebPackageSource): PythonEnvironment {
  let lockProblem: string | null = null;
  let loaded = 0;
  let report: ((loaded: number, total: number | null) => void) | null = null;
  countBytes(
    (bytes) => {
      loaded += bytes;
      report?.(loaded, source.packageBytes);
    },
    () => report !== null,
  );
  let ruffReady: Promise<unknown> | undefined;
  return {
    async boot() {
      const lock: Promise<Lockfile> = sourceLock(source).catch(async (error: Error) => {
        // Checks 1–3 still run on Pyodide's own lock; 4–6 will say why they cannot.
        lockProblem = error.message;
        return (await fetch(new URL('pyodide-lock.json', source.indexURL))).json() as Promise<Lockfile>;
      });
      const module = (await import(/* @vite-ignore */ `${source.indexURL}pyodide.mjs`)) as { loadPyodide: LoadPyodide };
      return module.loadPyodide({
        indexURL: source.indexURL,
        lockFileContents: await lock,
        packageBaseUrl: source.packageBaseUrl,
      });
    },
    async loadPackages(pyodide, onBytes) {
      if (lockProblem) return { ok: false, reason: `the package list could not be loaded (${lockProblem})` };
      const errors: string[] = [];
      loaded = 0;
      report = onBytes;
      try {
        await pyodide.loadPackage(REQUIRED_PACKAGES, {
          messageCallback: () => {},
          errorCallback: (m) => errors.push(m),
        });
        pyodide.runPython('import fastapi, pydantic, pydantic_settings, sqlalchemy, email_validator, httpx');
      } catch (error) {
        const detail = errors.at(-1) ?? String(error).split('\n').at(-2) ?? String(error);
        return { ok: false, reason: `the packages could not be loaded from ${source.packageBaseUrl} (${detail})` };
      } finally {
        report = null;
      }
      return { ok: true };
    },
    async lintWorkspace(settings) {
      await (ruffReady ??= initRuff({ module_or_path: ruffWasmUrl }));
      return new Workspace(settings, PositionEncoding.Utf16) as unknown as LintWorkspace;
    },
  };
}
