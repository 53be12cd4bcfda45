// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosave, flushWhenLeaving } from '../../../src/storage/autosave';

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once, a delay after the last of many edits', async () => {
    const save = vi.fn(async () => {});
    const autosave = createAutosave(save, { delayMs: 500 });
    for (let i = 0; i < 5; i++) {
      autosave.schedule();
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(save).not.toHaveBeenCalled();
    expect(autosave.pending()).toBe(true);
    await vi.advanceTimersByTimeAsync(500);
    expect(save).toHaveBeenCalledTimes(1);
    expect(autosave.pending()).toBe(false);
  });

  it('flushes at once, and does nothing when there is nothing to save', async () => {
    const save = vi.fn(async () => {});
    const autosave = createAutosave(save, { delayMs: 500 });
    await autosave.flush();
    expect(save).not.toHaveBeenCalled();
    autosave.schedule();
    await autosave.flush();
    expect(save).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('never runs two saves at once; an edit during a save is saved after it', async () => {
    let release!: () => void;
    let running = 0;
    let maxRunning = 0;
    const save = vi.fn(async () => {
      maxRunning = Math.max(maxRunning, ++running);
      await new Promise<void>((resolve) => (release = resolve));
      running--;
    });
    const autosave = createAutosave(save, { delayMs: 10 });
    autosave.schedule();
    await vi.advanceTimersByTimeAsync(10);
    autosave.schedule(); // edit while the first save runs
    const flushed = autosave.flush();
    release();
    await vi.advanceTimersByTimeAsync(0);
    release();
    await flushed;
    expect(save).toHaveBeenCalledTimes(2);
    expect(maxRunning).toBe(1);
  });

  it('keeps edits pending after a failed save and retries on the next flush', async () => {
    const errors: unknown[] = [];
    let fail = true;
    const save = vi.fn(async () => {
      if (fail) throw new DOMException('full', 'QuotaExceededError');
    });
    const autosave = createAutosave(save, { delayMs: 10, onError: (e) => errors.push(e) });
    autosave.schedule();
    await vi.advanceTimersByTimeAsync(10);
    expect(errors).toHaveLength(1);
    expect(autosave.pending()).toBe(true);
    fail = false;
    await autosave.flush();
    expect(autosave.pending()).toBe(false);
    expect(save).toHaveBeenCalledTimes(2);
  });

  it('flushes when the page is hidden or closed', async () => {
    const save = vi.fn(async () => {});
    const autosave = createAutosave(save, { delayMs: 60_000 });
    const stop = flushWhenLeaving(autosave);
    autosave.schedule();
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledTimes(1);
    autosave.schedule();
    window.dispatchEvent(new Event('pagehide'));
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledTimes(2);
    stop();
    autosave.schedule();
    window.dispatchEvent(new Event('pagehide'));
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledTimes(2);
  });
});
