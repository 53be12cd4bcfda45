/** Generated projects to verify, broken on purpose where a test needs it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { generateProject, type GeneratedFile } from '../../../src/generator';
import { nodePythonFormatter } from '../../../src/generator/python-format/node';
import { configuredPackageFolder, readPackageFolder } from '../../../src/packages/local';
import { parseSpecText, type Spec } from '../../../src/spec';
import type { CheckName, CheckResult, VerifyReport } from '../../../src/verify/types';

export const EXAMPLES = ['minimal', 'users-orders', 'saas'] as const;

export function exampleSpec(name: string): Spec {
  const path = join(import.meta.dirname, '../../fixtures/specs/examples', `${name}.json`);
  const result = parseSpecText(readFileSync(path, 'utf8'));
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.errors)}`);
  return result.spec;
}

export function project(spec: Spec): GeneratedFile[] {
  return generateProject(spec, nodePythonFormatter(spec.project.pythonVersion));
}

/** The project with `path` changed by `edit`; the edit must change something. */
export function mutate(files: GeneratedFile[], path: string, edit: (content: string) => string): GeneratedFile[] {
  const file = files.find((f) => f.path === path);
  if (!file) throw new Error(`no ${path} in the project`);
  const content = edit(file.content);
  expect(content, `the mutation of ${path} changed nothing`).not.toBe(file.content);
  return files.map((f) => (f.path === path ? { path, content } : f));
}

/** Replaces exactly one occurrence of `from` (so a test breaks what it means to). */
export const replaceOnce = (from: string, to: string) => (content: string) => {
  const count = content.split(from).length - 1;
  if (count !== 1) throw new Error(`expected one ${JSON.stringify(from)}, found ${count}`);
  return content.replace(from, to);
};

export const check = (report: VerifyReport, name: CheckName): CheckResult =>
  report.checks.find((c) => c.name === name)!;

export const statuses = (report: VerifyReport) =>
  Object.fromEntries(report.checks.map((c) => [c.name, c.status])) as Record<CheckName, string>;

export const failed = (report: VerifyReport) => report.checks.filter((c) => c.status === 'failed').map((c) => c.name);

/** Line (1-based) of the first line of `path` containing `text`. */
export function lineOf(files: GeneratedFile[], path: string, text: string): number {
  const lines = files.find((f) => f.path === path)!.content.split('\n');
  const index = lines.findIndex((line) => line.includes(text));
  if (index < 0) throw new Error(`${path} has no line with ${text}`);
  return index + 1;
}

/**
 * The package folder checks 4–6 use: configured by BACKSMITH_PYODIDE_PACKAGES or found at
 * a default location. `broken` says why a configured folder is unusable.
 */
export function packageFolder(): { dir: string | null; broken: string | null } {
  const dir = configuredPackageFolder();
  if (!dir) return { dir: null, broken: null };
  try {
    readPackageFolder(dir);
    return { dir, broken: null };
  } catch (error) {
    return { dir, broken: (error as Error).message };
  }
}

/** Skip without packages; but under CI a configured, broken folder runs (and fails). */
export function skipPackageTests(folder: { dir: string | null; broken: string | null }): boolean {
  if (!folder.dir) return true;
  return folder.broken !== null && process.env.CI !== 'true';
}
