/** Where projects are kept: IndexedDB records, migrations, autosave and cross-tab changes. */
export { createAutosave, flushWhenLeaving, type Autosave } from './autosave';
export { broadcastChannel, type ChangeChannel, type ChangeMessage } from './channel';
export { classifyStorageError, StorageError, type StorageErrorKind } from './errors';
export { exportBundle, exportFileName, specJson, type ExportBundle } from './export';
export { idbStore, memoryStore, type KeyValueStore } from './kv';
export { RECORD_VERSION, readRecord, type DamagedRecord, type ProjectRecord } from './records';
export { ProjectRepository, type ProjectList, type RepositoryOptions, type SaveResult } from './repository';
export { openStorage, type OpenedStorage } from './open';
