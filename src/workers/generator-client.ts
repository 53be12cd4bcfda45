/** The page's side of the generator worker: one promise per request. */
import type { GeneratorRequest, GeneratorResponse } from './protocol';

type Request = GeneratorRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

export class GeneratorClient {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, (response: GeneratorResponse) => void>();
  private nextId = 1;

  /** Starts the worker on first use, and again after it died. */
  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./generator.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<GeneratorResponse>) => {
      this.pending.get(event.data.id)?.(event.data);
      this.pending.delete(event.data.id);
    };
    // A worker that fails to load or crashes answers nothing: fail what is pending
    // instead of leaving the page waiting forever.
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      const message = `The generator stopped unexpectedly${event.message ? `: ${event.message}` : ''}. Try again.`;
      for (const [id, resolve] of this.pending) resolve({ id, kind: 'failed', message });
      this.pending.clear();
      worker.terminate();
      this.worker = undefined;
    };
    this.worker = worker;
    return worker;
  }

  request(request: Request): Promise<GeneratorResponse> {
    const id = this.nextId++;
    const worker = this.ensureWorker();
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      worker.postMessage({ ...request, id } as GeneratorRequest);
    });
  }
}
