/**
 * The page's access to the generator worker: started on first use (so a visit that only
 * edits never downloads the generator), one result cached per spec.
 */
import type { GeneratedFile } from '../generator';
import type { SpecError } from '../spec';
import { GeneratorClient } from '../workers/generator-client';

let client: GeneratorClient | undefined;
const worker = () => (client ??= new GeneratorClient());

export type FilesResult = { ok: true; files: GeneratedFile[] } | { ok: false; message: string; errors?: SpecError[] };
export type ZipResult =
  { ok: true; fileName: string; bytes: Uint8Array } | { ok: false; message: string; errors?: SpecError[] };

let cached: { key: string; result: Promise<FilesResult> } | undefined;

export function generateFiles(spec: unknown): Promise<FilesResult> {
  const key = JSON.stringify(spec);
  if (cached?.key === key) return cached.result;
  const result = worker()
    .request({ kind: 'generate', spec })
    .then((response): FilesResult => {
      if (response.kind === 'files') return { ok: true, files: response.files };
      if (response.kind === 'invalid') return { ok: false, message: 'The spec has problems.', errors: response.errors };
      return {
        ok: false,
        message:
          response.kind === 'failed'
            ? `Generation failed: ${response.message}`
            : 'Unexpected answer from the generator.',
      };
    });
  cached = { key, result };
  void result.then((r) => {
    if (!r.ok && cached?.key === key) cached = undefined;
  });
  return result;
}

export async function generateZip(spec: unknown): Promise<ZipResult> {
  const response = await worker().request({ kind: 'zip', spec });
  if (response.kind === 'zip') return { ok: true, fileName: response.fileName, bytes: response.bytes };
  if (response.kind === 'invalid') return { ok: false, message: 'The spec has problems.', errors: response.errors };
  return {
    ok: false,
    message:
      response.kind === 'failed' ? `Generation failed: ${response.message}` : 'Unexpected answer from the generator.',
  };
}
