/**
 * MySQL/MariaDB keys hold at most 3072 bytes, 768 utf8mb4 characters, and TEXT columns
 * only by a prefix: a plain index over TEXT or a longer VARCHAR indexes its first 768
 * characters there (`mysql_length`), as the generated app/db/base.py does for the models.
 * Unique constraints on such columns are refused by the spec rules (rules/field-indexes.ts).
 */
import { MYSQL_MAX_KEY_CHARS } from '../../spec/rules/field-indexes';

/**
 * The prefix length of a plain MySQL index over a column of `migrationType` (the migration's
 * `sa.Text()` / `sa.String(length=N)`), or undefined when the whole value fits in a key.
 */
export function mysqlPrefixLength(migrationType: string): number | undefined {
  if (migrationType === 'sa.Text()') return MYSQL_MAX_KEY_CHARS;
  const length = /^sa\.String\(length=(\d+)\)$/.exec(migrationType)?.[1];
  return length !== undefined && Number(length) > MYSQL_MAX_KEY_CHARS ? MYSQL_MAX_KEY_CHARS : undefined;
}
