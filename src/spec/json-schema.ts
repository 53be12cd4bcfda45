/** The JSON Schema of spec v1, exported from the zod schema (public/backsmith-spec-v1.schema.json). */
import { z } from 'zod';
import { specSchema } from './schema';

export function exportJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(specSchema, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://backsmith.dev/backsmith-spec-v1.schema.json',
    title: 'Backsmith project spec, version 1',
  };
}
