/**
 * Names of constraints and indexes that every database keeps whole: PostgreSQL cuts
 * identifiers at 63 characters and MySQL refuses names over 64. A longer name becomes its
 * first 54 characters, `_` and the 8 hex digits of its CRC-32, exactly as `bounded_name`
 * in the generated app/db/naming.py does for the models' naming convention, so the
 * migration and the models agree (`alembic check`).
 */

export const MAX_NAME_LENGTH = 63;
const HASH_LENGTH = 8;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 (IEEE, as Python's `zlib.crc32`) of the UTF-8 bytes of `text`, as 8 hex digits. */
export function crc32Hex(text: string): string {
  let crc = 0xffffffff;
  for (const byte of new TextEncoder().encode(text)) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return ((crc ^ 0xffffffff) >>> 0).toString(16).padStart(HASH_LENGTH, '0');
}

/** `name` itself when it fits in MAX_NAME_LENGTH, else a shortened, stable form. */
export function boundedName(name: string): string {
  if (name.length <= MAX_NAME_LENGTH) return name;
  return `${name.slice(0, MAX_NAME_LENGTH - HASH_LENGTH - 1)}_${crc32Hex(name)}`;
}
