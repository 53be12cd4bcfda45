/**
 * Exact decimal arithmetic for decimal fields: digit counts against Numeric(precision, scale)
 * and comparisons, on JSON numbers and decimal strings alike (no floating-point rounding).
 */

/** Sign and digits, normalized: `-0012.500` → `{ negative: true, int: '12', frac: '5' }`. */
export interface DecimalDigits {
  negative: boolean;
  int: string;
  frac: string;
}

/** A finite number without exponent notation: `1e21` → `1000000000000000000000`, `1.5e-7` → `0.00000015`. */
export function plainNumber(n: number): string {
  const text = String(n);
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = match;
  const digits = whole + fraction;
  const point = whole.length + Number(exponent);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return sign + digits + '0'.repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** Digits of a finite number or of a string matching `^-?\d+(\.\d+)?$`. */
export function decimalDigits(value: number | string): DecimalDigits {
  const text = typeof value === 'number' ? plainNumber(value) : value;
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) throw new Error(`not a decimal: ${text}`);
  const int = match[2]!.replace(/^0+/, '');
  const frac = (match[3] ?? '').replace(/0+$/, '');
  return { negative: match[1] === '-' && (int !== '' || frac !== ''), int, frac };
}

/** Why `value` does not fit Numeric(precision, scale), or undefined when it fits. */
export function numericProblem(value: number | string, precision: number, scale: number): string | undefined {
  const { int, frac } = decimalDigits(value);
  const type = `Numeric(${precision}, ${scale})`;
  if (int.length > precision - scale) {
    return `has ${int.length} digits before the decimal point; ${type} holds ${precision - scale}`;
  }
  if (frac.length > scale) return `has ${frac.length} decimal places; ${type} holds ${scale}`;
  return undefined;
}

/** Exact comparison: negative when a < b, 0 when equal, positive when a > b. */
export function compareDecimal(a: number | string, b: number | string): number {
  const [da, db] = [decimalDigits(a), decimalDigits(b)];
  const places = Math.max(da.frac.length, db.frac.length);
  const scaled = (d: DecimalDigits) => (d.negative ? -1n : 1n) * BigInt((d.int || '0') + d.frac.padEnd(places, '0'));
  const diff = scaled(da) - scaled(db);
  return diff < 0n ? -1 : diff > 0n ? 1 : 0;
}
