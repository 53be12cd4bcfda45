/**
 * `verify <spec.json> [--packages <dir>] [--json]`: generates the project and runs the
 * app's verification in Node (spec-v1.md, "Command line"). Exit 1 when a check fails.
 */
import { generateProject } from '../generator';
import { nodePythonFormatter } from '../generator/python-format/node';
import { PackageFolderError } from '../packages/local';
import type { Spec } from '../spec';
import { nodeVerifySession } from '../verify/node';
import { reportText } from '../verify/report-text';
import { reportPassed } from '../verify/types';

/** Seconds one Python check may run before it fails as timed out (BACKSMITH_VERIFY_CHECK_TIMEOUT overrides). */
export const DEFAULT_CHECK_TIMEOUT_S = 120;

function checkTimeoutMs(): number {
  const seconds = Number(process.env.BACKSMITH_VERIFY_CHECK_TIMEOUT ?? DEFAULT_CHECK_TIMEOUT_S);
  return (Number.isFinite(seconds) && seconds > 0 ? seconds : DEFAULT_CHECK_TIMEOUT_S) * 1000;
}

export interface VerifyArgs {
  packages?: string;
  json: boolean;
}

export async function verifyCommand(spec: Spec, args: VerifyArgs): Promise<number> {
  let session;
  try {
    session = nodeVerifySession(args.packages ?? null, { hardStopMs: 10_000 });
  } catch (error) {
    if (!(error instanceof PackageFolderError)) throw error;
    console.error(`--packages: ${error.message}`);
    return 1;
  }
  const files = generateProject(spec, nodePythonFormatter(spec.project.pythonVersion));
  const report = await session.verify(spec, files, { checkTimeoutMs: checkTimeoutMs() });
  console.log(args.json ? JSON.stringify(report) : reportText(report));
  return reportPassed(report) ? 0 : 1;
}
