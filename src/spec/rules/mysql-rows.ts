/**
 * MySQL/MariaDB size limits of VARCHAR columns, which count in full against a row:
 * - one VARCHAR holds at most 16383 utf8mb4 characters (65535 bytes), so a longer `string`
 *   cannot be created there (error 1074): use `text`, which has no such limit;
 * - all columns of a row but TEXT/BLOB/JSON share 65535 bytes (error 1118, "Row size too
 *   large"), and each VARCHAR(n) takes 4n bytes of it: 17 strings of maxLength 1000 are too
 *   many. The estimate errs on the large side (8 bytes for any fixed-size column, CHAR(32)
 *   for UUID keys, the tenant and owner columns when they may exist).
 */
import type { ParsedEntity, ParsedField, ParsedProject } from '../schema';
import { show } from '../show';
import { MYSQL_BYTES_PER_CHAR } from './field-indexes';
import { entityRefs, resolveRelations } from './model';
import { eachParsed, type Rule } from './types';

export const MYSQL_MAX_VARCHAR_CHARS = 16383;
export const MYSQL_MAX_ROW_BYTES = 65535;
/** The generator's email column (field-types.ts): no address is longer. */
const EMAIL_COLUMN_CHARS = 320;

const varchar = (chars: number) => {
  const bytes = chars * MYSQL_BYTES_PER_CHAR;
  return bytes + (bytes > 255 ? 2 : 1);
};

/** Bytes of one field's column against the row limit (TEXT and JSON: their 12-byte pointer). */
function fieldBytes(field: ParsedField): number {
  switch (field.type) {
    case 'string':
      return varchar(field.maxLength);
    case 'email':
      return varchar(Math.min(field.maxLength, EMAIL_COLUMN_CHARS));
    case 'url':
      return field.unique || field.index ? varchar(field.maxLength) : 12;
    case 'enum':
      return varchar(Math.max(...field.values.map((value) => value.length)));
    case 'uuid':
      return varchar(32);
    case 'text':
    case 'json':
      return 12;
    case 'decimal':
      return 18;
    default:
      return 8 + 1;
  }
}

function rowBytes(project: ParsedProject, entity: ParsedEntity, foreignKeys: number): number {
  const key = project.primaryKey === 'uuid' ? varchar(32) : 8;
  const tenant = project.multiTenant && (entity.tenantScoped ?? true) ? key : 0;
  const owner = entity.access && Object.values(entity.access).includes('owner') ? key : 0;
  const timestamps = (project.auditFields ? 16 : 0) + (entity.softDelete ? 8 : 0);
  const fields = entity.fields.reduce((sum, field) => sum + fieldBytes(field), 0);
  return key * (1 + foreignKeys) + tenant + owner + timestamps + fields;
}

export const mysqlRowRule: Rule = (view, report) => {
  const { project } = view;
  if (project?.database !== 'mysql') return;
  const foreignKeys = new Map<string, number>();
  for (const r of resolveRelations(view, entityRefs(view))) {
    if (r.relation.kind !== 'many-to-many') foreignKeys.set(r.to.name, (foreignKeys.get(r.to.name) ?? 0) + 1);
  }
  eachParsed(view.entities, (entity, entityIndex) => {
    entity.fields.forEach((field, fieldIndex) => {
      if (field.type === 'string' && field.maxLength > MYSQL_MAX_VARCHAR_CHARS) {
        report(
          ['entities', entityIndex, 'fields', view.fieldIndex(entityIndex, fieldIndex), 'maxLength'],
          `${field.maxLength} is more than a MySQL VARCHAR holds (${MYSQL_MAX_VARCHAR_CHARS} characters of utf8mb4); use type "text" for ${show(field.name)}`,
        );
      }
    });
    const bytes = rowBytes(project, entity, foreignKeys.get(entity.name) ?? 0);
    if (bytes > MYSQL_MAX_ROW_BYTES) {
      report(
        ['entities', entityIndex, 'fields'],
        `its columns take about ${bytes} bytes of a MySQL row, whose limit is ${MYSQL_MAX_ROW_BYTES} (TEXT and JSON count only 12): each string takes 4 bytes per character of maxLength; use type "text" for long strings or lower maxLength`,
      );
    }
  });
};
