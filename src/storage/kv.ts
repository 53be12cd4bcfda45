/**
 * The key-value store projects live in. The app uses IndexedDB through idb-keyval; tests
 * and browsers without IndexedDB use the in-memory store. Everything above this file
 * talks to the interface only, so failures can be injected in tests.
 */
import { createStore, del, entries, get, set, update, type UseStore } from 'idb-keyval';

export interface KeyValueStore {
  /** Every `[key, value]` pair, in key order. */
  entries(): Promise<[string, unknown][]>;
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  /** Reads and writes one key in a single transaction, so two tabs cannot interleave. */
  update(key: string, updater: (old: unknown) => unknown): Promise<void>;
}

export const DATABASE_NAME = 'backsmith';
export const STORE_NAME = 'projects';

export function idbStore(dbName = DATABASE_NAME, storeName = STORE_NAME): KeyValueStore {
  // createStore opens the database lazily; a browser without IndexedDB throws on first use.
  let handle: UseStore | undefined;
  const store = () => (handle ??= createStore(dbName, storeName));
  return {
    entries: async () => (await entries<IDBValidKey, unknown>(store())).map(([key, value]) => [String(key), value]),
    get: (key) => get(key, store()),
    set: (key, value) => set(key, value, store()),
    del: (key) => del(key, store()),
    update: (key, updater) => update(key, updater, store()),
  };
}

/** Values are cloned in and out, as IndexedDB's structured clone does. */
export function memoryStore(initial: Iterable<[string, unknown]> = []): KeyValueStore & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>(initial);
  const clone = <T>(value: T): T => (value === undefined ? value : structuredClone(value));
  return {
    data,
    entries: async () => [...data.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, clone(v)]),
    get: async (key) => clone(data.get(key)),
    set: async (key, value) => void data.set(key, clone(value)),
    del: async (key) => void data.delete(key),
    update: async (key, updater) => void data.set(key, clone(updater(clone(data.get(key))))),
  };
}
