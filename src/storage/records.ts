/**
 * Stored project records and their migrations. A record carries the version of its own
 * shape (`schemaVersion`); reading one runs the migration of every version between it and
 * RECORD_VERSION, in order. A record that cannot be read (not an object, a missing step,
 * a version from a newer app) is reported as damaged with its raw value, never dropped,
 * so the user can still export it, and it never hides the records around it.
 */

export const RECORD_VERSION = 1;

/** Keys of project records; other keys in the store (none yet) are not projects. */
export const RECORD_PREFIX = 'project:';
export const recordKey = (id: string) => `${RECORD_PREFIX}${id}`;

export interface ProjectRecord {
  id: string;
  /** The name shown in the project list (the spec's title, else its project name). */
  name: string;
  /** The spec as the user wrote it (not normalized); it may be invalid while being edited. */
  spec: unknown;
  createdAt: number;
  updatedAt: number;
  /** Bumped on every save; a save based on an older revision is a conflict. */
  revision: number;
  schemaVersion: number;
}

export interface DamagedRecord {
  key: string;
  reason: string;
  raw: unknown;
}

type Raw = Record<string, unknown>;

/** `MIGRATIONS[n]` turns a version-n record into a version-(n+1) record. */
export type Migrations = Readonly<Record<number, (record: Raw) => Raw>>;

/**
 * Version 1 is the first shape, so there is nothing to migrate yet. A change of shape adds
 * `MIGRATIONS[1]` (1 → 2), bumps RECORD_VERSION, and never edits an earlier step.
 */
export const MIGRATIONS: Migrations = {};

const isObject = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);

function shapeProblem(record: Raw): string | undefined {
  if (typeof record.id !== 'string' || record.id === '') return 'it has no id';
  if (typeof record.name !== 'string') return 'it has no name';
  if (!isObject(record.spec)) return 'its spec is not a JSON object';
  for (const key of ['createdAt', 'updatedAt'] as const) {
    if (typeof record[key] !== 'number' || !Number.isFinite(record[key])) return `its ${key} is not a time`;
  }
  if (!Number.isInteger(record.revision) || (record.revision as number) < 1)
    return 'its revision is not a positive integer';
  return undefined;
}

export type ReadResult = { ok: true; record: ProjectRecord; migrated: boolean } | { ok: false; damaged: DamagedRecord };

export function readRecord(
  key: string,
  raw: unknown,
  migrations: Migrations = MIGRATIONS,
  current: number = RECORD_VERSION,
): ReadResult {
  const damaged = (reason: string): ReadResult => ({ ok: false, damaged: { key, reason, raw } });
  if (!isObject(raw)) return damaged('it is not a project record');
  const version = raw.schemaVersion;
  if (!Number.isInteger(version) || (version as number) < 1) return damaged('it has no record version');
  if ((version as number) > current) {
    return damaged(
      `it was saved by a newer version of Backsmith (record version ${version}, this app reads ${current})`,
    );
  }
  let record: Raw = raw;
  for (let from = version as number; from < current; from++) {
    const step = migrations[from];
    if (!step) return damaged(`no migration from record version ${from}`);
    try {
      record = { ...step(record), schemaVersion: from + 1 };
    } catch (error) {
      return damaged(`migrating from record version ${from} failed: ${(error as Error).message}`);
    }
  }
  const problem = shapeProblem(record);
  if (problem) return damaged(problem);
  return { ok: true, record: record as unknown as ProjectRecord, migrated: version !== current };
}
