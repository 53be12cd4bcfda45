/** The page's side of the generator worker: one promise per request. */
import type { GeneratorRequest, GeneratorResponse } from './protocol';

type Request = GeneratorRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

export class GeneratorClient {
  private readonly worker = new Worker(new URL('./generator.worker.ts', import.meta.url), { type: 'module' });
  private readonly pending = new Map<number, (response: GeneratorResponse) => void>();
  private nextId = 1;

  constructor() {
    this.worker.onmessage = (event: MessageEvent<GeneratorResponse>) => {
      this.pending.get(event.data.id)?.(event.data);
      this.pending.delete(event.data.id);
    };
  }

  request(request: Request): Promise<GeneratorResponse> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.worker.postMessage({ ...request, id } as GeneratorRequest);
    });
  }
}
