#!/usr/bin/env node
// `npm test`: the unit project, the generated-projects project, then the browser tests
// (docs/testing.md). All always run, so one failing does not hide the other's results; output streams as it
// comes, and the last line is `N passed, N failed, N skipped` (tests) for whoever reads a CI log.
// Extra arguments go to both vitest runs, e.g. `npm test -- -t "ruff check"`.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
const resultsDir = join(root, '.cache', 'test-results');
const projects = ['unit', 'generated', 'e2e'];

function runVitest(project, report) {
  const args = [vitest, 'run', '--project', project, '--reporter=default', '--reporter=json'];
  args.push(`--outputFile.json=${report}`, ...process.argv.slice(2));
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit' });
    // Ctrl-C reaches vitest through the terminal; wait for it to clean up (servers, temp dirs).
    child.on('error', (error) => {
      console.error(`could not start vitest: ${error.message}`);
      resolve(1);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Counts from vitest's JSON report; a run that wrote none (it crashed) counts as one failed file. */
function summarize(report) {
  if (!existsSync(report)) return { files: { passed: 0, failed: 1 }, tests: { passed: 0, failed: 0, skipped: 0 } };
  const json = JSON.parse(readFileSync(report, 'utf8'));
  const files = json.testResults ?? [];
  return {
    files: {
      passed: files.filter((file) => file.status === 'passed').length,
      failed: files.filter((file) => file.status === 'failed').length,
    },
    tests: {
      passed: json.numPassedTests ?? 0,
      failed: json.numFailedTests ?? 0,
      skipped: (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0),
    },
  };
}

mkdirSync(resultsDir, { recursive: true });
const outcomes = [];
for (const project of projects) {
  const report = join(resultsDir, `${project}.json`);
  rmSync(report, { force: true });
  const started = Date.now();
  console.log(`\n=== vitest --project ${project} ===\n`);
  const code = await runVitest(project, report);
  outcomes.push({ project, code, seconds: (Date.now() - started) / 1000, ...summarize(report) });
}

console.log('\n=== npm test summary ===');
const total = { passed: 0, failed: 0, skipped: 0 };
for (const { project, code, seconds, files, tests } of outcomes) {
  total.passed += tests.passed;
  total.skipped += tests.skipped;
  // A non-zero exit with no failed test (no tests found, an unhandled error) still fails.
  total.failed += code !== 0 && tests.failed === 0 ? 1 : tests.failed;
  console.log(
    `${project}: exit ${code} in ${seconds.toFixed(0)}s; files ${files.passed} passed, ${files.failed} failed; ` +
      `tests ${tests.passed} passed, ${tests.failed} failed, ${tests.skipped} skipped`,
  );
}
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exitCode = outcomes.some(({ code }) => code !== 0) ? 1 : 0;
