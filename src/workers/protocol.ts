/**
 * The one message protocol between the page and the generator worker (as JupyterLite's
 * tokens.ts): both sides import these types, so a change breaks the build, not the app.
 */
import type { SpecError } from '../spec';
import type { GeneratedFile } from '../generator';

export type GeneratorRequest =
  { id: number; kind: 'generate'; spec: unknown } | { id: number; kind: 'zip'; spec: unknown };

export type GeneratorResponse =
  | { id: number; kind: 'invalid'; errors: SpecError[] }
  | { id: number; kind: 'files'; files: GeneratedFile[] }
  | { id: number; kind: 'zip'; fileName: string; bytes: Uint8Array }
  | { id: number; kind: 'failed'; message: string };
