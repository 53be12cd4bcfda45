/** How a spec value appears inside an error message: strings quoted, long ones cut. */

/** Long enough for any name a spec can hold (63 characters plus a suffix such as `_ids`). */
const MAX_SHOWN = 72;

export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const quoted = JSON.stringify(value);
    return quoted.length > MAX_SHOWN ? `${quoted.slice(0, MAX_SHOWN - 2)}…"` : quoted;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : `the number ${String(value)}`;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'bigint') return `the bigint ${String(value)}`;
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/** `["a", "b"]` → `a, b`. */
export const list = (values: readonly unknown[]): string => values.map(String).join(', ');

/** `1 field`, `2 fields`. */
export const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
