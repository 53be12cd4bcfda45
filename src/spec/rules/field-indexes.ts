/**
 * Indexes and unique constraints every database of the spec can build.
 *
 * - `json`: no database compares JSON values portably (PostgreSQL's `json` type has no
 *   equality operator, so no btree index), so a json field is neither indexed nor unique.
 * - MySQL/MariaDB: an InnoDB key holds at most 3072 bytes, 4 per utf8mb4 character. A plain
 *   index on longer text becomes a prefix index there (the generator sets `mysql_length`),
 *   but a unique constraint on a prefix would refuse values that differ only after it, so a
 *   unique `text` field, or `string`/`url` longer than the key, is refused. Email columns are
 *   at most 320 characters whatever maxLength says (no address is longer), so they always fit.
 */
import type { ParsedField, ParsedProject } from '../schema';
import { show } from '../show';
import { eachField, type Rule } from './types';

/** InnoDB's largest key (DYNAMIC rows, the default since MySQL 5.7 and MariaDB 10.2). */
export const MYSQL_MAX_KEY_BYTES = 3072;
/** utf8mb4, the character set of generated MySQL databases: up to 4 bytes per character. */
export const MYSQL_BYTES_PER_CHAR = 4;
/** Characters of one text column an InnoDB key (or a prefix index) can hold. */
export const MYSQL_MAX_KEY_CHARS = MYSQL_MAX_KEY_BYTES / MYSQL_BYTES_PER_CHAR;

/**
 * Bytes `tenant_id` adds to a per-tenant unique key: an INT, or a UUID stored as CHAR(32)
 * in utf8mb4 on MySQL.
 */
const tenantKeyBytes = (project: ParsedProject) => (project.primaryKey === 'uuid' ? 32 * MYSQL_BYTES_PER_CHAR : 4);

/** Characters a unique key on one text column may hold on MySQL (less when it includes tenant_id). */
export function mysqlUniqueChars(project: ParsedProject, tenantScoped: boolean): number {
  const budget = MYSQL_MAX_KEY_BYTES - (tenantScoped ? tenantKeyBytes(project) : 0);
  return Math.floor(budget / MYSQL_BYTES_PER_CHAR);
}

/** Why `field` cannot be unique on MySQL, or undefined. */
function mysqlUniqueProblem(field: ParsedField, maxChars: number, tenantScoped: boolean): string | undefined {
  const what = `${field.type} field ${show(field.name)}`;
  if (field.type === 'text') {
    return (
      `${what} cannot be unique on MySQL: MySQL indexes TEXT columns only by a prefix, and a unique prefix ` +
      `would refuse values that differ after it; use type "string" with maxLength ${maxChars} or less`
    );
  }
  if ((field.type === 'string' || field.type === 'url') && field.maxLength > maxChars) {
    const key = tenantScoped ? `a unique key (with tenant_id)` : 'a unique key';
    return (
      `${what} cannot be unique on MySQL: ${key} holds at most ${MYSQL_MAX_KEY_BYTES} bytes, ` +
      `${maxChars} characters of utf8mb4, and maxLength is ${field.maxLength}; set maxLength to ${maxChars} or less`
    );
  }
  return undefined;
}

export const fieldIndexRule: Rule = (view, report) => {
  const { project } = view;
  eachField(view, (field, at, entity) => {
    if (field.type === 'json') {
      const why = 'databases have no portable way to compare JSON values (PostgreSQL cannot index its json type)';
      if (field.index) report(at('index'), `json field ${show(field.name)} cannot be indexed: ${why}`);
      if (field.unique) report(at('unique'), `json field ${show(field.name)} cannot be unique: ${why}`);
      return;
    }
    if (!field.unique || project?.database !== 'mysql') return;
    // Tenant-scoped rows (and users, with tenants) are unique per tenant: the key holds tenant_id too.
    const tenantScoped = project.multiTenant && (entity.name === 'User' || (entity.tenantScoped ?? true));
    const problem = mysqlUniqueProblem(field, mysqlUniqueChars(project, tenantScoped), tenantScoped);
    if (problem) report(at('unique'), problem);
  });
};
