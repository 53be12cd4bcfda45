/**
 * Entry points: JSON text or a value in, a normalized spec or every problem out.
 * (First cut: zod structure only; the semantic rules arrive in rules/.)
 */
import type { z } from 'zod';
import { LIMITS, specSchema } from './schema';
import { normalizeSpec } from './normalize';
import type { SpecError, SpecResult } from './types';

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || 'spec';
}

const fromZod = (error: z.ZodError): SpecError[] =>
  error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));

export function validateSpec(input: unknown): SpecResult {
  const parsed = specSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: fromZod(parsed.error) };
  return { ok: true, spec: normalizeSpec(parsed.data) };
}

export function parseSpecText(text: string): SpecResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > LIMITS.specBytes) {
    return { ok: false, errors: [{ path: 'spec', message: `is ${bytes} bytes of JSON; the limit is 1 MiB (${LIMITS.specBytes} bytes)` }] };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [{ path: 'spec', message: `is not valid JSON (${(error as Error).message})` }] };
  }
  return validateSpec(value);
}
