/** A throwaway MariaDB server: mariadb-install-db into a temp dir, loopback TCP, a password user. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import {
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
import { run, runOk } from './exec';
import { isAlive } from './lock';
import { missing } from './prerequisite';

const USER = 'mysql';
const isRoot = process.getuid?.() === 0;
const pidFileOf = (dir: string) => join(dir, 'mariadbd.pid');

/** First of `names` found in the usual places or on PATH. */
function tool(names: string[], what: string): string {
  for (const name of names) {
    for (const dir of ['/usr/sbin', '/usr/bin', '/usr/local/sbin', '/usr/local/bin']) {
      if (existsSync(join(dir, name))) return join(dir, name);
    }
    if (spawnSync('sh', ['-c', `command -v ${name}`]).status === 0) return name;
  }
  return missing(`MariaDB ${what} (${names.join(' or ')})`, 'apt-get install -y mariadb-server');
}

export async function startMariaDb(): Promise<DatabaseServer> {
  const server = tool(['mariadbd', 'mysqld'], 'server');
  const installDb = tool(['mariadb-install-db', 'mysql_install_db'], 'installer');
  const client = tool(['mariadb', 'mysql'], 'client');
  const admin = tool(['mariadb-admin', 'mysqladmin'], 'admin tool');
  ensureServiceUser(USER);
  await sweepStale('mysql', pidFileOf, 'SIGKILL');
  const dir = serverDirectory('mysql', USER);
  const data = join(dir, 'data');
  const socket = join(dir, 'mysqld.sock');
  mkdirSync(join(dir, 'tmp'));
  if (isRoot) spawnSync('chown', ['-R', `${USER}:${USER}`, dir]);
  const asUser = isRoot ? [`--user=${USER}`] : [];
  await runOk(
    installDb,
    [
      '--no-defaults',
      `--datadir=${data}`,
      ...asUser,
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
      '--skip-name-resolve',
    ],
    { cwd: dir, timeoutMs: 180_000 },
  );

  const root = ['--no-defaults', `--socket=${socket}`, '-uroot'];
  const log = join(dir, 'error.log');
  const consoleLog = join(dir, 'console.log');
  const serverArgs = (port: number) => [
    '--no-defaults', `--datadir=${data}`, `--socket=${socket}`, `--pid-file=${pidFileOf(dir)}`, `--port=${port}`,
    '--bind-address=127.0.0.1', '--skip-name-resolve', ...asUser, `--log-error=${log}`, `--tmpdir=${join(dir, 'tmp')}`,
    '--character-set-server=utf8mb4', '--collation-server=utf8mb4_unicode_ci', '--skip-log-bin',
    '--innodb-flush-log-at-trx-commit=0', '--innodb-doublewrite=0', '--innodb-buffer-pool-size=128M',
    '--max-connections=300',
  ]; // prettier-ignore

  /** Starts mariadbd and waits for it to answer; undefined if it died (e.g. its port was taken meanwhile). */
  async function launch(port: number): Promise<ChildProcess | undefined> {
    // Detached with its own log; stop() and the exit hook end it.
    const out = openSync(consoleLog, 'a');
    const child = spawn(server, serverArgs(port), { cwd: dir, detached: true, stdio: ['ignore', out, out] });
    closeSync(out);
    child.unref();
    for (let waited = 0; waited < 90_000; waited += 250) {
      if ((await run(admin, [...root, 'ping'], { cwd: dir, timeoutMs: 10_000 })).code === 0) return child;
      if (child.exitCode !== null || (child.pid && !isAlive(child.pid))) return undefined;
      await sleep(250);
    }
    if (child.pid) await terminate(child.pid, 'SIGKILL');
    return undefined;
  }

  let port = 0;
  let child: ChildProcess | undefined;
  for (let attempt = 0; attempt < 3 && !child; attempt++) child = await launch((port = await freePort()));
  if (!child) {
    const text = [log, consoleLog].map((file) => (existsSync(file) ? readFileSync(file, 'utf8').slice(-6000) : ''));
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`MariaDB did not start (last port ${port}):\n${text.join('\n')}`);
  }
  const pidOf = child.pid;
  const detach = stopOnExit(() => pidOf, 'SIGTERM');

  const sql = (statement: string) =>
    runOk(client, [...root, '--batch', '--skip-column-names', '-e', statement], { cwd: dir, timeoutMs: 60_000 });
  await sql(
    `CREATE USER '${DB_USER}'@'%' IDENTIFIED BY '${DB_PASSWORD}'; ` +
      `GRANT ALL PRIVILEGES ON *.* TO '${DB_USER}'@'%' WITH GRANT OPTION; FLUSH PRIVILEGES;`,
  );
  const version = (await sql('SELECT VERSION()')).stdout.trim();

  return {
    kind: 'mysql',
    port,
    version,
    async createDatabase(name) {
      const db = databaseName(name);
      await sql(
        `DROP DATABASE IF EXISTS \`${db}\`; CREATE DATABASE \`${db}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;`,
      );
      return `mysql+aiomysql://${DB_USER}:${DB_PASSWORD}@127.0.0.1:${port}/${db}`;
    },
    async stop() {
      await run(admin, [...root, 'shutdown'], { cwd: dir, timeoutMs: 60_000 });
      const pid = readPid(pidFileOf(dir)) ?? pidOf;
      if (pid !== undefined) await terminate(pid, 'SIGTERM');
      detach();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
