/**
 * A throwaway Redis server (Debian's `redis-server`) for the generated projects that use
 * Redis (a rate limit, or WebSockets with the "redis" broker): loopback only, a free port,
 * no persistence, started once per test file and stopped at its end, swept like the
 * database servers if a run dies.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { userInfo } from 'node:os';
import { delimiter, join } from 'node:path';
import type { Spec } from '../../src/spec';
import { freePort, readPid, serverDirectory, stopOnExit, sweepStale, terminate } from './databases';
import { describeFailure, run, runOk } from './exec';
import { isAlive } from './lock';
import { missing } from './prerequisite';

export interface RedisServer {
  port: number;
  version: string;
  /** A REDIS_URL for one pytest run: each gets the next logical database, so plain keys never meet. */
  nextUrl(): string;
  stop(): Promise<void>;
}

/** Logical databases per server; URLs cycle through them. Pub/sub channels are server-wide regardless. */
const DATABASES = 64;
const pidFileOf = (dir: string) => join(dir, 'redis.pid');

/** Redis backs a spec's rate limit and its "redis" WebSocket broker. */
export const usesRedis = (spec: Spec) =>
  spec.api.rateLimit !== null || (spec.api.websockets && spec.api.websocketBroker === 'redis');

function binary(): string {
  const override = process.env.BACKSMITH_REDIS_SERVER;
  const candidates = override
    ? [override]
    : [...(process.env.PATH ?? '').split(delimiter).filter(Boolean), '/usr/bin', '/usr/sbin'].map((dir) =>
        join(dir, 'redis-server'),
      );
  const found = candidates.find((file) => existsSync(file));
  return (
    found ?? missing('Redis server (redis-server)', 'apt-get install -y redis-server, or set BACKSMITH_REDIS_SERVER')
  );
}

/** Sends one inline command and resolves with the first reply line (`+PONG`). */
function ask(port: number, command: string, timeoutMs = 1_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    let reply = '';
    const done = (error?: Error) => {
      socket.destroy();
      if (error) reject(error);
      else resolve(reply.split('\r\n')[0] ?? '');
    };
    socket.setTimeout(timeoutMs, () => done(new Error(`no answer from 127.0.0.1:${port}`)));
    socket.once('error', done);
    socket.once('connect', () => socket.write(`${command}\r\n`));
    socket.on('data', (chunk) => {
      reply += chunk.toString('latin1');
      if (reply.includes('\r\n')) done();
    });
  });
}

async function answersPing(port: number, pidFile: string, waitMs = 10_000): Promise<boolean> {
  for (let waited = 0; waited < waitMs; waited += 100) {
    if ((await ask(port, 'PING').catch(() => '')) === '+PONG') return true;
    // The daemon exits at once when it cannot bind; no need to wait out the timeout then.
    const pid = readPid(pidFile);
    if (waited > 500 && (pid === undefined || !isAlive(pid))) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

export async function startRedis(): Promise<RedisServer> {
  const server = binary();
  await sweepStale('redis', pidFileOf, 'SIGTERM');
  const dir = serverDirectory('redis', userInfo().username);
  const pidFile = pidFileOf(dir);
  const version = /v=(\S+)/.exec((await runOk(server, ['--version'], { cwd: dir })).stdout)?.[1] ?? 'unknown';
  let port = 0;
  // A free port can be taken between probing and binding; try a few.
  for (let attempt = 0; ; attempt++) {
    port = await freePort();
    const args = [
      '--bind', '127.0.0.1', '--port', String(port), '--protected-mode', 'yes',
      '--save', '', '--appendonly', 'no', '--databases', String(DATABASES),
      '--dir', dir, '--daemonize', 'yes', '--pidfile', pidFile, '--logfile', join(dir, 'server.log'),
    ]; // prettier-ignore
    const started = await run(server, args, { cwd: dir, timeoutMs: 30_000 });
    if (started.code === 0 && (await answersPing(port, pidFile))) break;
    const pid = readPid(pidFile);
    if (pid !== undefined) await terminate(pid, 'SIGTERM');
    if (attempt === 2) {
      const log = join(dir, 'server.log');
      const tail = existsSync(log) ? readFileSync(log, 'utf8').slice(-4_000) : '';
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`redis-server did not start on 127.0.0.1:${port}\n${describeFailure(started)}\n${tail}`);
    }
  }
  const detach = stopOnExit(() => readPid(pidFile), 'SIGTERM');
  let database = 0;
  return {
    port,
    version,
    nextUrl: () => `redis://127.0.0.1:${port}/${database++ % DATABASES}`,
    async stop() {
      const pid = readPid(pidFile);
      if (pid !== undefined) await terminate(pid, 'SIGTERM');
      detach();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
