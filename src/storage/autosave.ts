/**
 * Debounced saving: `schedule()` after each edit, one save `delayMs` after the last one;
 * `flush()` saves at once (the page is being hidden or closed). Saves never overlap: an
 * edit during a save is saved after it. A failed save leaves the edits pending, so the
 * next edit or flush tries again.
 */

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface Autosave {
  schedule(): void;
  flush(): Promise<void>;
  /** Edits that are not yet saved (scheduled, saving, or failed). */
  pending(): boolean;
  dispose(): void;
}

const realTimers: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function createAutosave(
  save: () => Promise<void>,
  options: { delayMs?: number; timers?: Timers; onError?: (error: unknown) => void } = {},
): Autosave {
  const { delayMs = 600, timers = realTimers, onError = () => {} } = options;
  let timer: unknown;
  let dirty = false;
  let running: Promise<void> | undefined;

  const run = async (): Promise<void> => {
    if (running) {
      await running;
      return dirty ? run() : undefined;
    }
    if (!dirty) return;
    dirty = false;
    running = save().catch((error) => {
      dirty = true;
      onError(error);
    });
    try {
      await running;
    } finally {
      running = undefined;
    }
  };

  const cancelTimer = () => {
    if (timer !== undefined) timers.clearTimeout(timer);
    timer = undefined;
  };

  return {
    schedule() {
      dirty = true;
      cancelTimer();
      timer = timers.setTimeout(() => {
        timer = undefined;
        void run();
      }, delayMs);
    },
    flush() {
      cancelTimer();
      return run();
    },
    pending: () => dirty || running !== undefined,
    dispose: cancelTimer,
  };
}

/** Flushes when the page is hidden (tab switch, app switch) or unloaded; returns an unsubscribe. */
export function flushWhenLeaving(autosave: Autosave, doc: Document = document, win: Window = window): () => void {
  const onVisibility = () => {
    if (doc.visibilityState === 'hidden') void autosave.flush();
  };
  const onPageHide = () => void autosave.flush();
  doc.addEventListener('visibilitychange', onVisibility);
  win.addEventListener('pagehide', onPageHide);
  return () => {
    doc.removeEventListener('visibilitychange', onVisibility);
    win.removeEventListener('pagehide', onPageHide);
  };
}
