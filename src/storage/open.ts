/**
 * Opens the project store: IndexedDB when it works, else memory (this tab only), with the
 * reason, so the app can say that nothing is kept and offer an export.
 */
import { broadcastChannel, type ChangeChannel } from './channel';
import { classifyStorageError, StorageError } from './errors';
import { idbStore, memoryStore, type KeyValueStore } from './kv';
import { ProjectRepository, type RepositoryOptions } from './repository';

export interface OpenedStorage {
  repository: ProjectRepository;
  /** Changes made by other tabs (absent in memory mode: other tabs have their own memory). */
  channel?: ChangeChannel;
  /** Why projects are only kept in memory, or undefined when they are stored. */
  unavailable?: StorageError;
}

export async function openStorage(
  makeStore: () => KeyValueStore = idbStore,
  options: Pick<RepositoryOptions, 'copy'> = {},
): Promise<OpenedStorage> {
  try {
    const channel = broadcastChannel();
    const store = makeStore();
    await store.entries(); // opens the database: private modes and policies fail here
    return { repository: new ProjectRepository(store, { ...options, channel }), channel };
  } catch (error) {
    const classified = classifyStorageError(error);
    const unavailable =
      classified.kind === 'unavailable'
        ? classified
        : new StorageError(
            'unavailable',
            `This browser does not let Backsmith save projects (${classified.message}).`,
            error,
          );
    return { repository: new ProjectRepository(memoryStore(), options), unavailable };
  }
}
