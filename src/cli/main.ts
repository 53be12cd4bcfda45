/**
 * The headless Backsmith: `validate`, `generate`, `share` (spec-v1.md, "Command line").
 * Runs the very generator the app runs; see src/build/run-ts.mjs for how it is built.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { formatSpecError, parseSpecText, type Spec } from '../spec';
import { generateProject } from '../generator';
import { nodePythonFormatter } from '../generator/python-format/node';
import { zipProject } from '../generator/zip';
import { shareLink } from '../share/link';
import { exportJsonSchema } from '../spec/json-schema';
import { parseArgs, UsageError, USAGE } from './args';
import { verifyCommand } from './verify';

class CliError extends Error {}

function readSpec(file: string): { spec: Spec; text: string } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError(`${file}: cannot read the spec (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const result = parseSpecText(text);
  if (!result.ok) throw new CliError(result.errors.map(formatSpecError).join('\n'));
  return { spec: result.spec, text };
}

function writeTree(dir: string, files: { path: string; content: string }[], force: boolean): void {
  if (existsSync(dir) && readdirSync(dir).length > 0 && !force) {
    throw new CliError(`${dir}: the directory is not empty (use --force to write into it anyway)`);
  }
  for (const file of files) {
    const target = join(dir, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.content);
  }
}

export async function main(argv: string[]): Promise<number> {
  try {
    const args = parseArgs(argv);
    switch (args.command) {
      case 'validate': {
        const result = parseSpecText(readSpecText(args.spec));
        if (!result.ok) {
          for (const error of result.errors) console.log(formatSpecError(error));
          return 1;
        }
        console.log('valid');
        return 0;
      }
      case 'generate': {
        const { spec } = readSpec(args.spec);
        const files = generateProject(spec, nodePythonFormatter(spec.project.pythonVersion));
        if (args.zip) {
          mkdirSync(dirname(resolve(args.zip)), { recursive: true });
          writeFileSync(args.zip, zipProject(spec.project.name, files));
          console.log(`wrote ${files.length} files to ${args.zip}`);
        } else {
          writeTree(args.out!, files, args.force);
          console.log(`wrote ${files.length} files to ${args.out}`);
        }
        return 0;
      }
      case 'share': {
        const { text } = readSpec(args.spec);
        console.log(shareLink(JSON.stringify(JSON.parse(text)), args.base));
        return 0;
      }
      case 'verify':
        return await verifyCommand(readSpec(args.spec).spec, args);
      case 'export-schema': {
        console.log(JSON.stringify(exportJsonSchema(), null, 2));
        return 0;
      }
    }
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`backsmith: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof CliError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

function readSpecText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError(`${file}: cannot read the spec (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}
