/** A key-value store whose operations can be made to fail, wrapped around the in-memory one. */
import { memoryStore, type KeyValueStore } from '../../../src/storage/kv';
import type { ChangeChannel, ChangeMessage } from '../../../src/storage/channel';

type Operation = keyof KeyValueStore;

export function faultyStore(inner = memoryStore()) {
  const failures = new Map<Operation, () => unknown>();
  const guard =
    <A extends unknown[], R>(operation: Operation, fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const failure = failures.get(operation);
      if (failure) throw failure();
      return fn(...args);
    };
  const store: KeyValueStore = {
    entries: guard('entries', inner.entries),
    get: guard('get', inner.get),
    set: guard('set', inner.set),
    del: guard('del', inner.del),
    update: guard('update', inner.update),
  };
  return {
    store,
    data: inner.data,
    fail(operations: Operation[], error: () => unknown) {
      for (const operation of operations) failures.set(operation, error);
    },
    heal: () => failures.clear(),
  };
}

export const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
export const blockedError = () =>
  new DOMException(
    'A mutation operation was attempted on a database that did not allow mutations.',
    'InvalidStateError',
  );

/** BroadcastChannel semantics in one process: every channel but the sender gets each message. */
export function channelHub() {
  const listeners = new Set<{ owner: object; listener: (message: ChangeMessage) => void }>();
  const log: ChangeMessage[] = [];
  const open = (): ChangeChannel => {
    const owner = {};
    return {
      post(message) {
        log.push(message);
        for (const entry of listeners) if (entry.owner !== owner) entry.listener(structuredClone(message));
      },
      subscribe(listener) {
        const entry = { owner, listener };
        listeners.add(entry);
        return () => listeners.delete(entry);
      },
    };
  };
  return { open, log };
}

let counter = 0;
export const sequentialIds = (prefix: string) => () => `${prefix}-${++counter}`;
