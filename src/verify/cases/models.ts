/**
 * What the models check needs from the spec: sample rows per table, and the rules the
 * spec implies (unique columns, foreign keys with their delete rule, junction tables),
 * so that a model that drifts from the spec fails even when it is valid SQLAlchemy.
 */
import type { EntityView, ViewModel } from '../../generator/view-model';
import { SAMPLE_ROWS, samplesOf } from './samples';

export interface ModelsPayload {
  modules: string[];
  tables: Record<string, { entity: string; rows: Record<string, unknown>[] }>;
  unique: { table: string; column: string }[];
  foreignKeys: { table: string; column: string; references: string; onDelete: string; required: boolean }[];
  junctions: { table: string; columns: [string, string]; references: [string, string] }[];
}

/** Rows with distinct values in every unique column: as many as the samples allow. */
function sampleRows(entity: EntityView): Record<string, unknown>[] {
  let count = SAMPLE_ROWS;
  const columns: [string, unknown[]][] = [];
  for (const field of entity.fields) {
    const samples = samplesOf(field);
    if (!samples) continue;
    columns.push([field.name, samples.values]);
    if (field.unique) count = Math.min(count, samples.distinct);
  }
  return Array.from({ length: count }, (_, n) =>
    Object.fromEntries(columns.map(([name, values]) => [name, values[n]])),
  );
}

export function modelsPayload(vm: ViewModel): ModelsPayload {
  const junctions = new Map<string, ModelsPayload['junctions'][number]>();
  for (const entity of vm.entities) {
    for (const list of entity.idLists) {
      const junction = list.ref.junction;
      junctions.set(junction.table, {
        table: junction.table,
        columns: [junction.fromColumn, junction.toColumn],
        references: [junction.from.table, junction.to.table],
      });
    }
  }
  return {
    modules: ['app.models', ...vm.entities.map((entity) => `app.models.${entity.module}`)],
    tables: Object.fromEntries(
      vm.entities.map((entity) => [entity.table, { entity: entity.name, rows: sampleRows(entity) }]),
    ),
    unique: vm.entities.flatMap((entity) => [
      ...entity.fields.filter((field) => field.unique).map((field) => ({ table: entity.table, column: field.name })),
      ...entity.foreignKeys.filter((key) => key.ref.unique).map((key) => ({ table: entity.table, column: key.name })),
    ]),
    foreignKeys: vm.entities.flatMap((entity) =>
      entity.foreignKeys.map((key) => ({
        table: entity.table,
        column: key.name,
        references: key.ref.parent.table,
        onDelete: key.ref.onDelete,
        required: key.ref.required,
      })),
    ),
    junctions: [...junctions.values()],
  };
}
