/**
 * Runs one command and keeps everything it printed, so a failing check shows the exact
 * command, where it ran and its output instead of "exit code 1".
 */
import { spawn } from 'node:child_process';
import { jobCount } from './env';

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Killed (with its whole process group) after this long. Default 20 minutes. */
  timeoutMs?: number;
  input?: string;
}

export interface RunResult {
  command: string;
  cwd: string;
  /** Exit code, or null when killed by a signal or the timeout. */
  code: number | null;
  timedOut: boolean;
  /** stdout and stderr interleaved as they arrived. */
  output: string;
  stdout: string;
  durationMs: number;
}

const quote = (arg: string) => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`);
export const commandLine = (file: string, args: readonly string[]) => [file, ...args].map(quote).join(' ');

export function run(file: string, args: readonly string[], options: RunOptions): Promise<RunResult> {
  const started = Date.now();
  const command = commandLine(file, args);
  return new Promise((resolve) => {
    // Its own process group, so a timeout also ends whatever the command started.
    const child = spawn(file, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      detached: true,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    const stdoutChunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      stdoutChunks.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    // A command that exits without reading its input (most do) closes the pipe first; the
    // EPIPE that follows says nothing about the command, whose exit status and output do.
    child.stdin.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') chunks.push(Buffer.from(`\n[stdin: ${error.message}]\n`));
    });
    child.stdin.end(options.input ?? '');
    let timedOut = false;
    const timer = setTimeout(
      () => {
        timedOut = true;
        try {
          if (child.pid) process.kill(-child.pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      },
      options.timeoutMs ?? 20 * 60_000,
    );
    const finish = (code: number | null, extra = '') => {
      clearTimeout(timer);
      const output = Buffer.concat(chunks).toString('utf8') + extra;
      const stdout = Buffer.concat(stdoutChunks).toString('utf8');
      resolve({ command, cwd: options.cwd, code, timedOut, output, stdout, durationMs: Date.now() - started });
    };
    child.on('error', (error) => finish(null, `\n[could not start: ${error.message}]`));
    child.on('close', (code) => finish(timedOut ? null : code));
  });
}

/** A readable account of a failed run: command, directory, exit status and the output's tail. */
export function describeFailure(result: RunResult, maxChars = 30_000): string {
  const status = result.timedOut ? 'timed out' : result.code === null ? 'was killed' : `exited ${result.code}`;
  const output =
    result.output.length > maxChars
      ? `[… ${result.output.length - maxChars} earlier characters cut …]\n${result.output.slice(-maxChars)}`
      : result.output;
  const seconds = (result.durationMs / 1000).toFixed(1);
  return `\`${result.command}\` ${status} after ${seconds}s in ${result.cwd}\n${output.trimEnd()}`;
}

/**
 * A failed command. Its stack is only its message: the useful part is the command's own
 * output, and vitest would otherwise print a code frame of this harness under it.
 */
export class CommandFailed extends Error {
  override name = 'CommandFailed';
  constructor(
    readonly result: RunResult,
    message = describeFailure(result),
  ) {
    super(message);
    this.stack = `${this.name}: ${message}`;
  }
}

export async function runOk(file: string, args: readonly string[], options: RunOptions): Promise<RunResult> {
  const result = await run(file, args, options);
  if (result.code !== 0) throw new CommandFailed(result);
  return result;
}

/** Bounds how many heavy commands (pytest, mypy, pip) run at once across the whole test file. */
const waiting: (() => void)[] = [];
let active = 0;

export async function withJobSlot<T>(work: () => Promise<T>): Promise<T> {
  if (active >= jobCount()) await new Promise<void>((resolve) => waiting.push(resolve));
  else active += 1;
  try {
    return await work();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else active -= 1;
  }
}
