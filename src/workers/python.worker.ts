/// <reference lib="webworker" />
/**
 * Verification off the main thread: Pyodide boots here (never on the page), loads the
 * packages once, and verifies any number of projects. The page cancels by terminating it.
 */
import { resolveSource } from '../packages/web';
import { validateSpec } from '../spec';
import { VerifySession } from '../verify/runner';
import { webEnvironment } from '../verify/web';
import type { PythonRequest, PythonResponse } from './python-protocol';

declare const self: DedicatedWorkerGlobalScope;

/** One session per source (a changed setting starts over). */
let session: { key: string; session: Promise<VerifySession> } | undefined;

function sessionFor(request: PythonRequest, post: (response: PythonResponse) => void): Promise<VerifySession> {
  const key = `${request.source} ${request.appBase}`;
  if (session?.key !== key) {
    const created = resolveSource(request.source, request.appBase).then((source) => {
      post({ id: request.id, kind: 'source', source: source.kind, indexURL: source.indexURL });
      return new VerifySession(webEnvironment(source));
    });
    session = { key, session: created };
    created.catch(() => (session = undefined));
  }
  return session.session;
}

async function handle(request: PythonRequest): Promise<void> {
  const post = (response: PythonResponse) => self.postMessage(response);
  const result = validateSpec(request.spec);
  if (!result.ok) {
    post({ id: request.id, kind: 'failed', message: 'The spec has problems; fix them before verifying.' });
    return;
  }
  const verifier = await sessionFor(request, post);
  const report = await verifier.verify(result.spec, request.files, {
    onProgress: (progress) => post({ id: request.id, kind: 'progress', progress }),
  });
  post({ id: request.id, kind: 'report', report });
}

self.onmessage = (event: MessageEvent<PythonRequest>) => {
  handle(event.data).catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    self.postMessage({ id: event.data.id, kind: 'failed', message } satisfies PythonResponse);
  });
};
