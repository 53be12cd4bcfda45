/**
 * A field's `default` in its three forms: the Pydantic schema default (a Python
 * expression of the right type), the column's server default, and the value the API
 * returns for it (what generated tests expect).
 */
import type { Field } from '../../spec';
import { pyString } from '../escape';
import { pyFloat, pyLiteral, pyNumber } from './python';

export interface DefaultView {
  /** Python expression for the schema default, or a `default_factory` lambda body for JSON. */
  python: string;
  /** JSON defaults are mutable: the schema uses `default_factory=lambda: <python>`. */
  factory: boolean;
  /** `server_default=` expression in the model, or null where a literal default is not portable. */
  server: string | null;
  /** The same in the migration (`sa.true()` where the model says `true()`). */
  migrationServer: string | null;
  /** The value as the API returns it. */
  response: unknown;
}

/** `"12.5"` with scale 2 → `"12.50"`; never rounds (a valid default has at most `scale` places). */
export function formatDecimal(value: number | string, scale: number): string {
  let text = typeof value === 'number' ? (/e/i.test(String(value)) ? value.toFixed(scale) : String(value)) : value;
  const negative = text.startsWith('-');
  if (negative) text = text.slice(1);
  const [whole = '0', fraction = ''] = text.split('.');
  const digits = whole.replace(/^0+(?=\d)/, '');
  const padded = scale > 0 ? `${digits}.${fraction.padEnd(scale, '0')}` : digits;
  return negative && /[1-9]/.test(padded) ? `-${padded}` : padded;
}

interface DateTimeParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  micro: number;
}

/** An ISO date-time with offset (as the spec allows) moved to UTC, microseconds kept. */
export function utcParts(iso: string): DateTimeParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?(Z|[+-]\d{2}:\d{2})$/.exec(iso);
  if (!match) throw new Error(`not an ISO date-time: ${iso}`);
  const [, y, mo, d, h, mi, s = '0', frac = '', zone] = match;
  const offsetMinutes =
    zone === 'Z' ? 0 : (zone!.startsWith('-') ? -1 : 1) * (Number(zone!.slice(1, 3)) * 60 + Number(zone!.slice(4, 6)));
  const utc = new Date(
    Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi) - offsetMinutes, Number(s)),
  );
  return {
    year: utc.getUTCFullYear(),
    month: utc.getUTCMonth() + 1,
    day: utc.getUTCDate(),
    hour: utc.getUTCHours(),
    minute: utc.getUTCMinutes(),
    second: utc.getUTCSeconds(),
    micro: Number(frac.padEnd(6, '0') || '0'),
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** How pydantic serializes an aware UTC datetime: `2024-01-02T03:04:05Z` (`.123456` when non-zero). */
export function isoUtc(parts: DateTimeParts): string {
  const date = `${pad(parts.year, 4)}-${pad(parts.month)}-${pad(parts.day)}`;
  const time = `${pad(parts.hour)}:${pad(parts.minute)}:${pad(parts.second)}`;
  return `${date}T${time}${parts.micro ? `.${pad(parts.micro, 6)}` : ''}Z`;
}

/** `defaultView(field, "OrderStatus", "dt.UTC")`, or null when the field has no default. */
export function defaultView(
  field: Field,
  enumClass: string,
  utc: string,
  enumMember: (v: string) => string,
): DefaultView | null {
  if (field.default === undefined) return null;
  const plain = (python: string, server: string | null, response: unknown): DefaultView => ({
    python,
    factory: false,
    server,
    migrationServer: server && /^(true|false)\(\)$/.test(server) ? `sa.${server}` : server,
    response,
  });
  switch (field.type) {
    case 'string':
    case 'email':
      return plain(pyString(field.default), pyString(field.default), field.default);
    case 'url':
      return plain(
        pyString(field.default),
        field.unique || field.index ? pyString(field.default) : null,
        field.default,
      );
    case 'text':
      return plain(pyString(field.default), null, field.default);
    case 'enum':
      return plain(`${enumClass}.${enumMember(field.default)}`, pyString(field.default), field.default);
    case 'integer':
    case 'bigint':
      return plain(pyNumber(field.default), pyString(pyNumber(field.default)), field.default);
    case 'float':
      return plain(pyFloat(field.default), pyString(pyFloat(field.default)), field.default);
    case 'decimal': {
      const text = formatDecimal(field.default, field.scale);
      return plain(`Decimal(${pyString(text)})`, pyString(text), text);
    }
    case 'boolean':
      return plain(field.default ? 'True' : 'False', field.default ? 'true()' : 'false()', field.default);
    case 'date': {
      const [y, m, d] = field.default.split('-').map(Number);
      return plain(`dt.date(${y}, ${m}, ${d})`, pyString(field.default), field.default);
    }
    case 'datetime': {
      const p = utcParts(field.default);
      const args = [p.year, p.month, p.day, p.hour, p.minute, p.second, ...(p.micro ? [p.micro] : [])].join(', ');
      return plain(`dt.datetime(${args}, tzinfo=${utc})`, null, isoUtc(p));
    }
    case 'uuid':
      return plain(`UUID(${pyString(field.default.toLowerCase())})`, null, field.default.toLowerCase());
    case 'json':
      return {
        python: pyLiteral(field.default),
        factory: true,
        server: null,
        migrationServer: null,
        response: field.default,
      };
  }
}
