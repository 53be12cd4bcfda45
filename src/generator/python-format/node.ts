/** Ruff's Node build of the formatter, for the CLI and tests. */
import { PositionEncoding, Workspace } from '@astral-sh/ruff-wasm-nodejs';
import type { PythonFormatter } from '../types';
import { formatterSettings, ruffFormatter, type RuffWorkspace } from './ruff-formatter';

/** `pythonVersion` as in the spec, e.g. "3.12". */
export function nodePythonFormatter(pythonVersion: string): PythonFormatter {
  const target = `py${pythonVersion.replace('.', '')}`;
  return ruffFormatter(
    (t) => new Workspace(formatterSettings(t), PositionEncoding.Utf16) as unknown as RuffWorkspace,
    target,
  );
}
