/**
 * Reading an imported file: one spec (validated like everything else, problems listed
 * with their paths) or an export of every project (each spec validated on its own).
 */
import { parseSpecText, validateSpec, type SpecError } from '../../spec';
import type { Draft } from './draft';

export type ImportResult =
  | { kind: 'specs'; specs: Draft[]; rejected: { name: string; errors: SpecError[] }[] }
  | { kind: 'invalid'; errors: SpecError[] };

const isBundle = (value: unknown): value is { format: string; projects: unknown[] } =>
  typeof value === 'object' &&
  value !== null &&
  (value as { format?: unknown }).format === 'backsmith-projects' &&
  Array.isArray((value as { projects?: unknown }).projects);

export function readImport(text: string): ImportResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // parseSpecText words the JSON error the same way as every other spec problem.
    const result = parseSpecText(text);
    return { kind: 'invalid', errors: result.ok ? [] : result.errors };
  }
  if (!isBundle(value)) {
    const result = parseSpecText(text);
    return result.ok
      ? { kind: 'specs', specs: [value as Draft], rejected: [] }
      : { kind: 'invalid', errors: result.errors };
  }
  const specs: Draft[] = [];
  const rejected: { name: string; errors: SpecError[] }[] = [];
  value.projects.forEach((entry, index) => {
    const spec = (entry as { spec?: unknown } | null)?.spec;
    const name = String((entry as { name?: unknown } | null)?.name ?? `projects[${index}]`);
    const result = validateSpec(spec);
    if (result.ok) specs.push(spec as Draft);
    else rejected.push({ name, errors: result.errors });
  });
  return { kind: 'specs', specs, rejected };
}
