/**
 * Per-check time limit. Python runs on the thread that would have to notice the time, so a
 * module that loops forever at import blocks it: another thread (Node's worker_threads)
 * watches the clock and raises KeyboardInterrupt in Python through Pyodide's interrupt
 * buffer, a SharedArrayBuffer both threads see. The check's entry point turns it into
 * `{"interrupted": true}`; the session then drops that Python and boots a new one.
 *
 * Python code that swallows the KeyboardInterrupt (`except BaseException`) and goes on
 * looping cannot be stopped this way: with `hardStop`, the watcher then ends the whole
 * process after a grace period, saying which check did not stop (the CLI's last resort).
 */
import type { PyodideInterface } from 'pyodide';

export interface Armed {
  /** Whether the time ran out (and Python was interrupted). */
  fired(): boolean;
  disarm(): void;
}

export interface Watchdog {
  /** Starts the clock for one check; `label` names it if the process has to be ended. */
  arm(ms: number, label: string): Armed;
  close(): void;
}

/**
 * Code of the watching thread. `state[0]` is the armed check's id, set and cleared by the
 * main thread; the watcher claims a late check by swapping id for -id, interrupts, then
 * writes the id to `state[1]` (so the main thread knows the interrupt byte is set).
 */
const WATCHER = `
const { parentPort, workerData } = require('node:worker_threads');
const interrupt = new Uint8Array(workerData.interrupt);
const state = new Int32Array(workerData.state);
parentPort.on('message', ({ id, ms, label }) => {
  setTimeout(() => {
    if (Atomics.compareExchange(state, 0, id, -id) !== id) return;
    Atomics.store(interrupt, 0, 2); // SIGINT
    Atomics.store(state, 1, id);
    if (!workerData.hardStopMs) return;
    setTimeout(() => {
      if (Atomics.load(state, 0) !== -id) return;
      process.stderr.write(label + ' did not stop when interrupted; ending the process\\n');
      process.kill(process.pid, 'SIGKILL');
    }, workerData.hardStopMs);
  }, ms);
});
`;

type WorkerConstructor = new (
  code: string,
  options: { eval: true; workerData: unknown },
) => {
  postMessage(message: unknown): void;
  unref(): void;
  terminate(): Promise<number>;
};

/** A watchdog on a worker thread (Node); `Worker` is node:worker_threads' class. */
export function threadWatchdog(
  pyodide: PyodideInterface,
  Worker: WorkerConstructor,
  options: { hardStopMs?: number } = {},
): Watchdog {
  const interrupt = new Uint8Array(new SharedArrayBuffer(1));
  const state = new Int32Array(new SharedArrayBuffer(8));
  pyodide.setInterruptBuffer(interrupt);
  const workerData = { interrupt: interrupt.buffer, state: state.buffer, hardStopMs: options.hardStopMs ?? 0 };
  const worker = new Worker(WATCHER, { eval: true, workerData });
  worker.unref(); // never keeps the process alive
  let next = 0;
  return {
    arm(ms, label) {
      const id = ++next;
      Atomics.store(state, 0, id);
      worker.postMessage({ id, ms, label });
      let fired = false;
      return {
        fired: () => fired || Atomics.load(state, 0) === -id,
        disarm: () => {
          fired = Atomics.exchange(state, 0, 0) === -id;
          // A claim made just before the check returned: wait for its interrupt (it follows at
          // once), then clear it so that it does not hit the next Python call.
          if (fired) while (Atomics.load(state, 1) !== id);
          Atomics.store(interrupt, 0, 0);
        },
      };
    },
    close: () => void worker.terminate(),
  };
}
