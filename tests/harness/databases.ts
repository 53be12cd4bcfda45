/**
 * Throwaway database servers for one test run: PostgreSQL 15 (postgres.ts) and MariaDB
 * (mariadb.ts), each in its own directory under the scratch root, listening on a free
 * loopback port. Both are started once per run and stopped at its end; an `exit` hook
 * stops them if the run dies, and the next start removes anything a crashed run left.
 */
import { spawnSync } from 'node:child_process';
import { chownSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { scratchRoot } from './env';
import { runOk } from './exec';
import { isAlive } from './lock';

export interface DatabaseServer {
  kind: 'postgresql' | 'mysql';
  port: number;
  /** Server version as the server reports it. */
  version: string;
  /** Creates an empty database and returns the DATABASE_URL a generated app uses for it. */
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

export const serverRoot = join(scratchRoot, 'db');
export const DB_USER = 'backsmith';
export const DB_PASSWORD = 'backsmith';
const isRoot = process.getuid?.() === 0;

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Database names are made from fixture names; keep them portable and short. */
export const databaseName = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, '_')
    .slice(0, 60);

/** Servers refuse to run as root: as root, run them as their usual system user (created if absent). */
export function asServiceUser(user: string, file: string, args: string[]): [string, string[]] {
  return isRoot ? ['runuser', ['-u', user, '--', file, ...args]] : [file, args];
}

export function ensureServiceUser(user: string) {
  if (!isRoot || spawnSync('id', ['-u', user]).status === 0) return;
  const made = spawnSync('useradd', [
    '--system',
    '--user-group',
    '--no-create-home',
    '--shell',
    '/usr/sbin/nologin',
    user,
  ]);
  if (made.status !== 0) throw new Error(`could not create system user ${user}: ${made.stderr.toString()}`);
}

/** A fresh directory owned by `user`, recording this process as its owner for crash clean-up. */
export function serverDirectory(kind: string, user: string): string {
  mkdirSync(serverRoot, { recursive: true, mode: 0o755 });
  const dir = mkdtempSync(join(serverRoot, `${kind}-${process.pid}-`));
  writeFileSync(join(dir, 'owner.pid'), String(process.pid));
  if (isRoot) {
    const uid = Number(spawnSync('id', ['-u', user]).stdout.toString());
    const gid = Number(spawnSync('id', ['-g', user]).stdout.toString());
    chownSync(dir, uid, gid);
  }
  return dir;
}

/** pid of a server from its pid file (first line), if the file exists. */
export function readPid(file: string): number | undefined {
  try {
    const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Servers a crashed run left behind: any `<kind>-*` directory whose owner process is gone.
 * Its server is sent `signal` (by the pid in its own pid file) and the directory removed.
 */
export async function sweepStale(kind: string, pidFile: (dir: string) => string, signal: NodeJS.Signals) {
  let entries: string[];
  try {
    entries = readdirSync(serverRoot).filter((name) => name.startsWith(`${kind}-`));
  } catch {
    return;
  }
  for (const name of entries) {
    const dir = join(serverRoot, name);
    const owner = readPid(join(dir, 'owner.pid'));
    if (owner !== undefined && owner !== process.pid && isAlive(owner)) continue;
    const pid = readPid(pidFile(dir));
    if (pid !== undefined && isAlive(pid)) {
      console.warn(`stopping ${kind} server pid ${pid} left by an earlier run in ${dir}`);
      await terminate(pid, signal);
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Sends `signal`, waits up to 20 s for the process to end, then kills it. */
export async function terminate(pid: number, signal: NodeJS.Signals) {
  const send = (s: NodeJS.Signals) => {
    try {
      process.kill(pid, s);
    } catch {
      // Already gone.
    }
  };
  send(signal);
  for (let waited = 0; waited < 20_000 && isAlive(pid); waited += 100) await new Promise((r) => setTimeout(r, 100));
  if (isAlive(pid)) send('SIGKILL');
}

/** If the test process ends without stop() (a crash, a timeout), servers are told to shut down. */
export function stopOnExit(pid: () => number | undefined, signal: NodeJS.Signals): () => void {
  const hook = () => {
    const server = pid();
    if (server !== undefined) {
      try {
        process.kill(server, signal);
      } catch {
        // Already gone.
      }
    }
  };
  process.once('exit', hook);
  return () => process.removeListener('exit', hook);
}

const pingScript = `
import asyncio, sys
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

async def main(url):
    engine = create_async_engine(url)
    async with engine.connect() as connection:
        print((await connection.execute(text("select 1"))).scalar_one())
    await engine.dispose()

asyncio.run(main(sys.argv[1]))
`;

/** Connects with a venv's SQLAlchemy and async driver, as a generated app would; throws unless it answers. */
export async function pingDatabase(venvPython: string, url: string) {
  const result = await runOk(venvPython, ['-c', pingScript, url], { cwd: scratchRoot, timeoutMs: 60_000 });
  if (result.stdout.trim() !== '1') throw new Error(`${url} answered ${result.stdout.trim()} to select 1`);
}
