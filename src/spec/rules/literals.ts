/**
 * Validity of default literals that JSON cannot type: calendar dates, date-times with a time
 * zone, e-mail addresses and http(s) URLs. Each returns why a text is not one, or undefined.
 *
 * E-mail (a documented subset of what pydantic's EmailStr / email-validator accepts, so a
 * default that passes here passes there): ASCII only; a local part of at most 64 characters,
 * dot-separated runs of letters, digits and !#$%&'*+/=?^_`{|}~-; a domain of at least two
 * dot-separated labels of letters, digits and inner hyphens (no "--" at positions 3-4 except
 * Punycode's "xn--"), whose last label is 2-63 letters or Punycode and not a special-use name
 * (arpa, invalid, local, localhost, onion, test); at most 254 characters in all.
 */

const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** `YYYY-MM-DD` (format already checked): a real day between 0001-01-01 and 9999-12-31. */
export function dateProblem(text: string): string | undefined {
  const [year = 0, month = 0, day = 0] = text.split('-').map(Number);
  if (year < 1) return 'year 0000 does not exist (dates start at 0001-01-01)';
  if (month < 1 || month > 12) return `month ${month} does not exist`;
  const days = month === 2 && isLeap(year) ? 29 : DAYS[month - 1]!;
  if (day < 1 || day > days) return `month ${month} of ${year} has ${days} days`;
  return undefined;
}

/** `YYYY-MM-DDTHH:MM[:SS[.ffffff]](Z|±HH:MM)` (format already checked): real date, time and offset. */
export function dateTimeProblem(text: string): string | undefined {
  const [date = '', rest = ''] = text.split('T');
  const dateIssue = dateProblem(date);
  if (dateIssue) return dateIssue;
  const [hour = 0, minute = 0, second = 0] = rest
    .slice(0, 8)
    .split(/[:.Z+-]/)
    .map(Number);
  if (hour > 23) return `hour ${hour} does not exist`;
  if (minute > 59) return `minute ${minute} does not exist`;
  if (/^\d{2}:\d{2}:\d{2}/.test(rest) && second > 59) return `second ${second} does not exist`;
  const offset = /([+-])(\d{2}):(\d{2})$/.exec(rest);
  if (offset && (Number(offset[2]) > 23 || Number(offset[3]) > 59))
    return `the time zone offset ${offset[0]} does not exist`;
  return undefined;
}

const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL = /^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
const TOP_LABEL = /^([A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$/;
const SPECIAL_USE = new Set(['arpa', 'invalid', 'local', 'localhost', 'onion', 'test']);

export function emailProblem(text: string): string | undefined {
  const at = text.lastIndexOf('@');
  if (at <= 0 || at === text.length - 1) return 'it needs one "@" with text on both sides';
  if (text.length > 254) return `it is ${text.length} characters long; an address has at most 254`;
  const local = text.slice(0, at);
  const labels = text.slice(at + 1).split('.');
  if (local.length > 64) return 'its local part (before "@") is longer than 64 characters';
  if (!LOCAL_PART.test(local)) {
    return 'its local part (before "@") has characters other than ASCII letters, digits and !#$%&\'*+/=?^_`{|}~-, or misplaced dots';
  }
  if (labels.length < 2) return 'its domain needs a dot, such as example.com';
  if (!labels.every((label) => LABEL.test(label)))
    return 'its domain has characters other than ASCII letters, digits and inner hyphens';
  if (labels.some((label) => /^..--/.test(label) && !/^xn--/i.test(label)))
    return 'a domain label has "--" in positions 3-4';
  const top = labels[labels.length - 1]!;
  if (!TOP_LABEL.test(top)) return `its top-level domain ${top} is not letters`;
  if (SPECIAL_USE.has(top.toLowerCase()))
    return `it uses the special-use domain .${top.toLowerCase()}, which e-mail validation refuses`;
  return undefined;
}

export function urlProblem(text: string): string | undefined {
  if (!/^https?:\/\//i.test(text)) return 'it must start with http:// or https://';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
  if (/[\s\u0000-\u001f\u007f]/.test(text)) return 'it contains whitespace or control characters';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'it does not parse as a URL';
  }
  return url.hostname ? undefined : 'it has no host';
}
