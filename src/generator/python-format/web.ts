/** Ruff's web build of the formatter, for the app's generator worker. */
import initRuff, { PositionEncoding, Workspace } from '@astral-sh/ruff-wasm-web';
import ruffWasmUrl from '@astral-sh/ruff-wasm-web/ruff_wasm_bg.wasm?url';
import type { PythonFormatter } from '../types';
import { formatterSettings, ruffFormatter, type RuffWorkspace } from './ruff-formatter';

let ready: Promise<unknown> | undefined;

/** Loads ruff's WebAssembly once (cached by the service worker like every asset). */
export async function webPythonFormatter(pythonVersion: string): Promise<PythonFormatter> {
  ready ??= initRuff({ module_or_path: ruffWasmUrl });
  await ready;
  const target = `py${pythonVersion.replace('.', '')}`;
  return ruffFormatter(
    (t) => new Workspace(formatterSettings(t), PositionEncoding.Utf16) as unknown as RuffWorkspace,
    target,
  );
}
