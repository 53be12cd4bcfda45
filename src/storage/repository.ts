/**
 * Project records in a key-value store: list, create, save with conflict detection,
 * duplicate, delete and restore. Every failure of the store surfaces as a StorageError.
 */
import type { ChangeChannel } from './channel';
import { classifyStorageError } from './errors';
import type { KeyValueStore } from './kv';
import {
  MIGRATIONS,
  RECORD_PREFIX,
  RECORD_VERSION,
  readRecord,
  recordKey,
  type DamagedRecord,
  type Migrations,
  type ProjectRecord,
} from './records';

export interface ProjectList {
  projects: ProjectRecord[];
  damaged: DamagedRecord[];
}

export type SaveResult =
  | { kind: 'saved'; record: ProjectRecord }
  /** Another tab saved a newer revision: theirs stays, ours was kept as a new project. */
  | { kind: 'conflict'; theirs: ProjectRecord | DamagedRecord; copy: ProjectRecord }
  /** Another tab deleted the project: ours was stored again under the same id. */
  | { kind: 'restored'; record: ProjectRecord };

export interface RepositoryOptions {
  channel?: ChangeChannel;
  now?: () => number;
  newId?: () => string;
  migrations?: Migrations;
  /** Identifies this tab in change messages, so it ignores its own. */
  tab?: string;
  /**
   * Names a copy (`suffix`: "copy", "conflicting copy"). The default appends the suffix to the
   * record's name; the app also marks the spec's title, since it derives names from the spec.
   */
  copy?: (name: string, spec: unknown, suffix: string) => { name: string; spec: unknown };
}

const suffixName = (name: string, spec: unknown, suffix: string) => ({ name: `${name} (${suffix})`, spec });

export class ProjectRepository {
  readonly tab: string;
  private readonly now: () => number;
  private readonly newId: () => string;

  constructor(
    private readonly store: KeyValueStore,
    private readonly options: RepositoryOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.newId = options.newId ?? (() => crypto.randomUUID());
    this.tab = options.tab ?? this.newId();
  }

  private async run<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      throw classifyStorageError(error);
    }
  }

  /** Every readable project, newest first, and every record that could not be read. */
  async list(): Promise<ProjectList> {
    const pairs = await this.run(() => this.store.entries());
    const projects: ProjectRecord[] = [];
    const damaged: DamagedRecord[] = [];
    for (const [key, raw] of pairs) {
      if (!key.startsWith(RECORD_PREFIX)) continue;
      const result = readRecord(key, raw, this.options.migrations ?? MIGRATIONS);
      if (result.ok) projects.push(result.record);
      else damaged.push(result.damaged);
    }
    projects.sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : 1));
    return { projects, damaged };
  }

  async get(id: string): Promise<ProjectRecord | undefined> {
    const raw = await this.run(() => this.store.get(recordKey(id)));
    if (raw === undefined) return undefined;
    const result = readRecord(recordKey(id), raw, this.options.migrations ?? MIGRATIONS);
    return result.ok ? result.record : undefined;
  }

  async create(name: string, spec: unknown): Promise<ProjectRecord> {
    const time = this.now();
    const record: ProjectRecord = {
      id: this.newId(),
      name,
      spec,
      createdAt: time,
      updatedAt: time,
      revision: 1,
      schemaVersion: RECORD_VERSION,
    };
    await this.run(() => this.store.set(recordKey(record.id), record));
    this.announce({ kind: 'saved', id: record.id, revision: record.revision });
    return record;
  }

  /**
   * Saves `name` and `spec` over the revision this tab last read. When the stored record
   * moved on (another tab saved), nothing is overwritten: this tab's work becomes a new
   * project. The check and the write happen in one store transaction.
   */
  async save(id: string, name: string, spec: unknown, baseRevision: number): Promise<SaveResult> {
    let outcome: SaveResult | { kind: 'stale'; theirs: ProjectRecord | DamagedRecord } | undefined;
    const key = recordKey(id);
    await this.run(() =>
      this.store.update(key, (old) => {
        if (old === undefined) {
          const time = this.now();
          const record = this.fresh(id, name, spec, time, baseRevision + 1);
          outcome = { kind: 'restored', record };
          return record;
        }
        const current = readRecord(key, old, this.options.migrations ?? MIGRATIONS);
        if (!current.ok || current.record.revision !== baseRevision) {
          outcome = { kind: 'stale', theirs: current.ok ? current.record : current.damaged };
          return old;
        }
        const record: ProjectRecord = {
          ...current.record,
          name,
          spec,
          updatedAt: this.now(),
          revision: baseRevision + 1,
          schemaVersion: RECORD_VERSION,
        };
        outcome = { kind: 'saved', record };
        return record;
      }),
    );
    if (!outcome) throw classifyStorageError(new Error('the store did not run the update'));
    if (outcome.kind === 'stale') {
      const named = (this.options.copy ?? suffixName)(name, spec, 'conflicting copy');
      const copy = await this.create(named.name, named.spec);
      return { kind: 'conflict', theirs: outcome.theirs, copy };
    }
    const done = outcome as Extract<SaveResult, { record: ProjectRecord }>;
    this.announce({ kind: 'saved', id, revision: done.record.revision });
    return done;
  }

  async duplicate(source: ProjectRecord): Promise<ProjectRecord> {
    const named = (this.options.copy ?? suffixName)(source.name, structuredClone(source.spec), 'copy');
    return this.create(named.name, named.spec);
  }

  /** Deletes a project and returns what was deleted, so the caller can offer undo. */
  async remove(id: string): Promise<ProjectRecord | undefined> {
    const record = await this.get(id);
    await this.run(() => this.store.del(recordKey(id)));
    this.announce({ kind: 'deleted', id });
    return record;
  }

  /** Undo of `remove`: puts the record back unless the id was taken again meanwhile. */
  async restore(record: ProjectRecord): Promise<void> {
    await this.run(() => this.store.update(recordKey(record.id), (old) => old ?? record));
    this.announce({ kind: 'saved', id: record.id, revision: record.revision });
  }

  /** Deletes a damaged record (after the user exported it). */
  async removeKey(key: string): Promise<void> {
    await this.run(() => this.store.del(key));
  }

  private fresh(id: string, name: string, spec: unknown, time: number, revision: number): ProjectRecord {
    return { id, name, spec, createdAt: time, updatedAt: time, revision, schemaVersion: RECORD_VERSION };
  }

  private announce(message: { kind: 'saved'; id: string; revision: number } | { kind: 'deleted'; id: string }) {
    this.options.channel?.post({ ...message, tab: this.tab });
  }
}
