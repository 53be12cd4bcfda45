/**
 * Missing tools are handled in one place: under CI they fail the run (a skipped check is
 * a check nobody ran); on a developer's machine they skip the tests that need them and
 * say loudly what is missing and how to get it.
 */
import type { TestContext } from 'vitest';
import { isCI } from './env';

/** Thrown when something outside the repo (an interpreter, a server binary, a package) is absent. */
export class MissingPrerequisite extends Error {
  override name = 'MissingPrerequisite';
}

export function missing(what: string, hint: string): never {
  throw new MissingPrerequisite(`${what} is missing: ${hint}`);
}

/**
 * Something a group of tests needs, loaded once (in `beforeAll`). `get(ctx)` hands it to a
 * test, or skips that test outside CI when it could not be had.
 */
export interface Prerequisite<T> {
  load(): Promise<void>;
  get(ctx: TestContext): T;
  /** The loaded value if there is one (for `afterAll` cleanup). */
  peek(): T | undefined;
}

export function prerequisite<T>(label: string, loader: () => Promise<T>): Prerequisite<T> {
  let value: T | undefined;
  let absence: string | undefined;
  let loaded = false;
  return {
    async load() {
      try {
        value = await loader();
      } catch (error) {
        if (!(error instanceof MissingPrerequisite) || isCI) throw error;
        absence = `${label}: ${error.message}`;
        console.warn(`\n!!! SKIPPING tests that need ${absence}\n!!! (under CI=true this is a failure)\n`);
      }
      loaded = true;
    },
    get(ctx) {
      if (!loaded) throw new Error(`${label} was not loaded: call its load() in beforeAll`);
      if (absence !== undefined) ctx.skip(`missing ${absence}`);
      return value as T;
    },
    peek: () => value,
  };
}

/** For a prerequisite needed inside a test (e.g. one interpreter): fail under CI, else skip loudly. */
export function skipOrFail(ctx: TestContext, error: unknown): never {
  if (error instanceof MissingPrerequisite && !isCI) {
    console.warn(`\n!!! SKIPPING "${ctx.task.name}": ${error.message}\n`);
    ctx.skip(error.message);
  }
  throw error;
}
