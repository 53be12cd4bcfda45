/** The report as people read it in a terminal (the CLI without --json). */
import { formatProblem, reportPassed, type VerifyReport } from './types';

const MARK = { passed: 'PASS', failed: 'FAIL', skipped: 'SKIP' } as const;
const MAX_PROBLEMS = 30;

export function reportText(report: VerifyReport): string {
  const lines: string[] = [];
  for (const check of report.checks) {
    const time = `${check.durationMs} ms`.padStart(9);
    lines.push(`${MARK[check.status]} ${check.name.padEnd(8)}${time}  ${check.details.summary}`);
    for (const problem of check.details.problems.slice(0, MAX_PROBLEMS)) lines.push(`       ${formatProblem(problem)}`);
    const more = check.details.problems.length - MAX_PROBLEMS;
    if (more > 0) lines.push(`       … and ${more} more (--json lists them all)`);
  }
  const failed = report.checks.filter((check) => check.status === 'failed').map((check) => check.name);
  const skipped = report.checks.filter((check) => check.status === 'skipped').length;
  lines.push(
    reportPassed(report)
      ? `verified${skipped ? ` (${skipped} checks skipped)` : ''}`
      : `verification failed: ${failed.join(', ')}`,
  );
  return lines.join('\n');
}
