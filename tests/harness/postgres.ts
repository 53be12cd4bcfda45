/** A throwaway PostgreSQL cluster: initdb into a temp dir, trust auth, loopback only, no fsync. */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  asServiceUser,
  databaseName,
  DB_PASSWORD,
  DB_USER,
  ensureServiceUser,
  freePort,
  readPid,
  serverDirectory,
  stopOnExit,
  sweepStale,
  terminate,
  type DatabaseServer,
} from './databases';
import { describeFailure, run, runOk } from './exec';
import { missing } from './prerequisite';

const USER = 'postgres';
const pidFileOf = (dir: string) => join(dir, 'data', 'postmaster.pid');

/** PostgreSQL 15 first (what the contract names), else the newest installed major. */
function binDir(): string {
  const root = '/usr/lib/postgresql';
  const majors = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  const override = process.env.BACKSMITH_PG_BIN;
  const candidates = override ? [override] : ['15', ...majors].map((major) => join(root, major, 'bin'));
  for (const dir of candidates) {
    if (existsSync(join(dir, 'pg_ctl')) && existsSync(join(dir, 'initdb'))) return dir;
  }
  return missing('PostgreSQL server (initdb, pg_ctl)', 'apt-get install -y postgresql-15, or set BACKSMITH_PG_BIN');
}

export async function startPostgres(): Promise<DatabaseServer> {
  const bin = binDir();
  ensureServiceUser(USER);
  await sweepStale('postgresql', pidFileOf, 'SIGQUIT');
  const dir = serverDirectory('postgresql', USER);
  const data = join(dir, 'data');
  const asPostgres = (tool: string, args: string[]) => asServiceUser(USER, join(bin, tool), args);
  const initdbArgs = [
    '-D',
    data,
    '-A',
    'trust',
    '-U',
    USER,
    '-E',
    'UTF8',
    '--locale=C',
    '--no-sync',
    '--no-instructions',
  ];
  await runOk(...asPostgres('initdb', initdbArgs), { cwd: dir, timeoutMs: 120_000 });

  let port = 0;
  let started = false;
  // A free port can be taken between probing and binding; try a few.
  for (let attempt = 0; attempt < 3 && !started; attempt++) {
    port = await freePort();
    const options = [
      `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir}`,
      '-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300',
    ].join(' ');
    const args = ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '60', '-o', options, 'start'];
    const result = await run(...asPostgres('pg_ctl', args), { cwd: dir, timeoutMs: 90_000 });
    started = result.code === 0;
    if (!started && attempt === 2) {
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`PostgreSQL did not start\n${describeFailure(result)}`);
    }
  }
  const detach = stopOnExit(() => readPid(pidFileOf(dir)), 'SIGQUIT');

  const psql = (sql: string) =>
    runOk(
      join(bin, 'psql'),
      [
        '-X',
        '-q',
        '-At',
        '-v',
        'ON_ERROR_STOP=1',
        '-h',
        '127.0.0.1',
        '-p',
        String(port),
        '-U',
        USER,
        '-d',
        'postgres',
        '-c',
        sql,
      ],
      { cwd: dir, timeoutMs: 60_000 },
    );
  await psql(`CREATE ROLE ${DB_USER} LOGIN CREATEDB PASSWORD '${DB_PASSWORD}'`);
  const version = (await psql('SHOW server_version')).stdout.trim();

  return {
    kind: 'postgresql',
    port,
    version,
    async createDatabase(name) {
      const db = databaseName(name);
      await psql(`DROP DATABASE IF EXISTS "${db}"`);
      await psql(`CREATE DATABASE "${db}" OWNER ${DB_USER}`);
      return `postgresql+asyncpg://${DB_USER}:${DB_PASSWORD}@127.0.0.1:${port}/${db}`;
    },
    async stop() {
      const stopped = await run(...asPostgres('pg_ctl', ['-D', data, '-m', 'fast', '-w', '-t', '30', 'stop']), {
        cwd: dir,
        timeoutMs: 60_000,
      });
      const pid = readPid(pidFileOf(dir));
      if (stopped.code !== 0 && pid !== undefined) await terminate(pid, 'SIGQUIT');
      detach();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
