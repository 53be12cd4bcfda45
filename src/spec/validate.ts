/**
 * Entry points: JSON text or a value in, a normalized spec or every problem out, each with
 * its JSON path, in document order. Order of checks: size and shape of the raw value (1 MiB
 * of JSON, nesting, well-formed Unicode), zod's structural parse, then the semantic rules
 * (rules/), which also run on the parts that parsed when the structure has problems.
 */
import { problemsFromZod, describeIssue } from './issues';
import { normalizeSpec } from './normalize';
import { finishProblems, formatPath, type PathKey, type Problem } from './paths';
import { checkRules, viewOfParsed, viewOfPartial } from './rules';
import { LIMITS, specSchema } from './schema';
import type { SpecError, SpecResult } from './types';

export { formatPath };

/** Deeper than this, a spec is refused before parsing (no real spec comes close). */
export const MAX_DEPTH = 64;

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The UTF-8 size of `text` when it is over the limit, else undefined (no encoding for small texts). */
function bytesOverLimit(text: string): number | undefined {
  if (text.length * 3 <= LIMITS.specBytes) return undefined; // at most 3 bytes per UTF-16 unit
  const bytes = new TextEncoder().encode(text).length;
  return bytes > LIMITS.specBytes ? bytes : undefined;
}

const tooLarge = (bytes: number): SpecError => ({
  path: 'spec',
  message: `is ${bytes} bytes of JSON; the limit is 1 MiB (${LIMITS.specBytes} bytes)`,
});

/** Problems of the raw value: strings that are not valid Unicode; `tooDeep` past MAX_DEPTH levels. */
function rawValueProblems(
  value: unknown,
  path: PathKey[],
  depth: number,
  out: { problems: Problem[]; tooDeep: boolean },
): void {
  if (typeof value === 'string') {
    if (LONE_SURROGATE.test(value)) {
      out.problems.push({
        path: [...path],
        message: 'contains a lone UTF-16 surrogate, which is not valid Unicode text',
      });
    }
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  if (depth >= MAX_DEPTH) {
    out.problems.push({ path: [...path], message: `nests deeper than ${MAX_DEPTH} levels` });
    out.tooDeep = true;
    return;
  }
  const entries: [PathKey, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  for (const [key, child] of entries) {
    path.push(key);
    rawValueProblems(child, path, depth + 1, out);
    path.pop();
  }
}

export function validateSpec(input: unknown): SpecResult {
  const raw = { problems: [] as Problem[], tooDeep: false };
  rawValueProblems(input, [], 0, raw);
  // Deeper values could exhaust the stack of JSON.stringify and of the parse.
  if (raw.tooDeep) return { ok: false, errors: finishProblems(raw.problems, input) };
  let json: string | undefined;
  try {
    json = JSON.stringify(input);
  } catch (error) {
    return { ok: false, errors: [{ path: 'spec', message: `is not JSON data (${(error as Error).message})` }] };
  }
  const bytes = json === undefined ? undefined : bytesOverLimit(json);
  if (bytes !== undefined) return { ok: false, errors: [tooLarge(bytes)] };

  const problems = raw.problems;
  const parsed = specSchema.safeParse(input, { error: describeIssue });
  if (parsed.success) {
    problems.push(...checkRules(viewOfParsed(parsed.data)));
    if (problems.length === 0) return { ok: true, spec: normalizeSpec(parsed.data) };
  } else {
    problems.push(...problemsFromZod(parsed.error, input));
    const view = viewOfPartial(input);
    if (view) problems.push(...checkRules(view));
  }
  return { ok: false, errors: finishProblems(problems, input) };
}

export function parseSpecText(text: string): SpecResult {
  const bytes = bytesOverLimit(text);
  if (bytes !== undefined) return { ok: false, errors: [tooLarge(bytes)] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [{ path: 'spec', message: `is not valid JSON (${(error as Error).message})` }] };
  }
  return validateSpec(value);
}
