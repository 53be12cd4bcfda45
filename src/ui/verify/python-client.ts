/**
 * The page's side of the Python worker: one verification at a time, progress as it comes,
 * and cancel, which terminates the worker (a running Python cannot be interrupted otherwise;
 * the next verification boots a new one).
 */
import type { PythonResponse, VerifyRequest } from '../../workers/python-protocol';
import type { VerifyProgress, VerifyReport } from '../../verify/types';

export class VerificationCancelled extends Error {
  constructor() {
    super('Verification cancelled.');
  }
}

interface Pending {
  id: number;
  onProgress: (progress: VerifyProgress) => void;
  onSource: (source: 'self-hosted' | 'cdn') => void;
  resolve: (report: VerifyReport) => void;
  reject: (error: Error) => void;
}

export class PythonClient {
  private worker: Worker | undefined;
  private pending: Pending | undefined;
  private nextId = 1;

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('../../workers/python.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<PythonResponse>) => this.receive(event.data);
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      this.stop(new Error(`Python stopped unexpectedly${event.message ? `: ${event.message}` : ''}.`));
    };
    this.worker = worker;
    return worker;
  }

  private receive(response: PythonResponse): void {
    const pending = this.pending;
    if (!pending || response.id !== pending.id) return;
    if (response.kind === 'progress') pending.onProgress(response.progress);
    else if (response.kind === 'source') pending.onSource(response.source);
    else {
      this.pending = undefined;
      if (response.kind === 'report') pending.resolve(response.report);
      else pending.reject(new Error(response.message));
    }
  }

  /** Ends the worker and fails what is pending with `error`. */
  private stop(error: Error): void {
    this.worker?.terminate();
    this.worker = undefined;
    const pending = this.pending;
    this.pending = undefined;
    pending?.reject(error);
  }

  verify(
    request: Omit<VerifyRequest, 'id' | 'kind'>,
    callbacks: Pick<Pending, 'onProgress' | 'onSource'>,
  ): Promise<VerifyReport> {
    if (this.pending) this.stop(new VerificationCancelled());
    const id = this.nextId++;
    const worker = this.ensureWorker();
    return new Promise((resolve, reject) => {
      this.pending = { id, ...callbacks, resolve, reject };
      worker.postMessage({ ...request, id, kind: 'verify' } satisfies VerifyRequest);
    });
  }

  cancel(): void {
    this.stop(new VerificationCancelled());
  }
}
