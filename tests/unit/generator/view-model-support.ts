/** Spec builders shared by the view-model tests. */
import { validateSpec, type Spec } from '../../../src/spec';

/** A normalized spec from a partial input; fails the test when the input is invalid. */
export function spec(input: Record<string, unknown>): Spec {
  const result = validateSpec({ specVersion: 1, ...input });
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return result.spec;
}

/** One entity holding `fields`, in an auth-less SQLite project. */
export function oneEntity(fields: Record<string, unknown>[], extra: Record<string, unknown> = {}): Spec {
  return spec({
    project: { name: 'shop', auth: 'none', database: 'sqlite', ...extra },
    entities: [{ name: 'Product', fields }],
  });
}
