/** Synthetic specs of a given size for benchmarks: realistic field mixes and relations. */
const FIELD_MIX = [
  { name: 'name', type: 'string', maxLength: 120, required: true, filterable: true, sortable: true },
  { name: 'code', type: 'string', maxLength: 16, unique: true, pattern: '^[A-Z]{3}-[0-9]{4}$' },
  { name: 'notes', type: 'text' },
  { name: 'quantity', type: 'integer', min: 0, max: 100000, default: 0, sortable: true },
  { name: 'price', type: 'decimal', precision: 12, scale: 2, min: 0, filterable: true },
  { name: 'active', type: 'boolean', default: true, filterable: true },
  { name: 'due_on', type: 'date', filterable: true },
  { name: 'seen_at', type: 'datetime', autoNow: 'update' },
  { name: 'contact', type: 'email' },
  { name: 'status', type: 'enum', values: ['draft', 'live', 'archived'], default: 'draft', filterable: true },
];

const entityName = (i: number) => `Thing${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26)}`;

export function syntheticSpec(entities: number, database = 'postgresql') {
  return {
    specVersion: 1,
    project: { name: `bench_${entities}`, database, auth: 'none' },
    entities: Array.from({ length: entities }, (_, i) => ({
      name: entityName(i),
      softDelete: i % 3 === 0,
      fields: FIELD_MIX,
    })),
    relations: Array.from({ length: entities - 1 }, (_, i) => ({
      kind: i % 4 === 3 ? 'many-to-many' : 'one-to-many',
      from: entityName(i),
      to: entityName(i + 1),
    })),
  };
}
