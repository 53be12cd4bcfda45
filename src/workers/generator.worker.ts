/// <reference lib="webworker" />
/** Generates projects off the main thread: validation, rendering, ruff formatting, ZIP. */
import { validateSpec } from '../spec';
import { generateProject } from '../generator';
import { webPythonFormatter } from '../generator/python-format/web';
import { zipProject } from '../generator/zip';
import type { GeneratorRequest, GeneratorResponse } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

async function handle(request: GeneratorRequest): Promise<GeneratorResponse> {
  const result = validateSpec(request.spec);
  if (!result.ok) return { id: request.id, kind: 'invalid', errors: result.errors };
  const files = generateProject(result.spec, await webPythonFormatter(result.spec.project.pythonVersion));
  if (request.kind === 'generate') return { id: request.id, kind: 'files', files };
  const bytes = zipProject(result.spec.project.name, files);
  return { id: request.id, kind: 'zip', fileName: `${result.spec.project.name}.zip`, bytes };
}

self.onmessage = async (event: MessageEvent<GeneratorRequest>) => {
  let response: GeneratorResponse;
  try {
    response = await handle(event.data);
  } catch (error) {
    response = { id: event.data.id, kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
  if (response.kind === 'zip') self.postMessage(response, [response.bytes.buffer]);
  else self.postMessage(response);
};
