/** Storage failures, sorted into the few kinds the UI explains differently. */

export type StorageErrorKind = 'quota' | 'unavailable' | 'unknown';

export class StorageError extends Error {
  override name = 'StorageError';
  constructor(
    readonly kind: StorageErrorKind,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
  }
}

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
// What browsers throw when IndexedDB is missing, blocked (private modes, policies) or broken.
const UNAVAILABLE_NAMES = new Set([
  'InvalidStateError',
  'SecurityError',
  'UnknownError',
  'NotFoundError',
  'ReferenceError',
]);

function errorName(error: unknown): string {
  if (error && typeof error === 'object' && 'name' in error) return String((error as { name: unknown }).name);
  return '';
}

export function classifyStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = errorName(error);
  const detail = error instanceof Error ? error.message : String(error);
  if (QUOTA_NAMES.has(name) || (error as { code?: unknown })?.code === 22) {
    return new StorageError(
      'quota',
      'The browser’s storage for this site is full, so the change was not saved.',
      error,
    );
  }
  if (UNAVAILABLE_NAMES.has(name)) {
    return new StorageError('unavailable', `This browser does not let Backsmith save projects (${detail}).`, error);
  }
  return new StorageError('unknown', `Saving failed: ${detail}`, error);
}
