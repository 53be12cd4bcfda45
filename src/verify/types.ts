/**
 * The verification report (spec-v1.md, `verify --json`) and the progress the app shows
 * while it is made. Shared by the checks, the CLI, the Python worker and the UI.
 */

export const CHECK_NAMES = ['lint', 'compile', 'imports', 'schemas', 'models', 'app'] as const;
export type CheckName = (typeof CHECK_NAMES)[number];
export type CheckStatus = 'passed' | 'failed' | 'skipped';

/** One thing wrong, where it is: a generated file and a 1-based line when known. */
export interface Problem {
  file: string | null;
  line: number | null;
  message: string;
}

/** Every check's details carry a one-line summary and its problems; the rest is per check. */
export interface CheckDetails {
  summary: string;
  problems: Problem[];
  [key: string]: unknown;
}

export interface CheckResult {
  name: CheckName;
  status: CheckStatus;
  durationMs: number;
  details: CheckDetails;
}

export interface VerifyReport {
  checks: CheckResult[];
}

export type VerifyProgress =
  | { stage: 'python' }
  | { stage: 'packages'; loadedBytes: number; totalBytes: number | null }
  | { stage: 'check'; name: CheckName }
  | { stage: 'checked'; result: CheckResult };

export const reportPassed = (report: VerifyReport) => report.checks.every((check) => check.status !== 'failed');

/** `app/models/order.py:12: message`, or the message alone when nothing is located. */
export function formatProblem(problem: Problem): string {
  if (!problem.file) return problem.message;
  return `${problem.file}${problem.line ? `:${problem.line}` : ''}: ${problem.message}`;
}
