/**
 * A lock between processes (two vitest runs, or a run and a crashed run's leftovers):
 * a directory created atomically, holding the owner's pid. A lock whose owner is dead is
 * taken over, so a killed run never blocks the next one.
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function ownerOf(lockDir: string): number | undefined {
  try {
    const pid = Number(readFileSync(join(lockDir, 'pid'), 'utf8'));
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** A lock nobody will release: its owner died, or died between mkdir and writing its pid. */
function isAbandoned(lockDir: string): boolean {
  const owner = ownerOf(lockDir);
  if (owner !== undefined) return !isAlive(owner);
  try {
    return Date.now() - statSync(lockDir).mtimeMs > 10_000;
  } catch {
    return true;
  }
}

export async function withLock<T>(lockDir: string, work: () => Promise<T>, timeoutMs = 30 * 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      mkdirSync(lockDir);
      writeFileSync(join(lockDir, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (isAbandoned(lockDir)) {
        rmSync(lockDir, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`gave up waiting for ${lockDir} (held by pid ${ownerOf(lockDir)})`);
      await sleep(500);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}
