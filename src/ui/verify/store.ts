/**
 * Verification state of the open project, shared by the panel and its download badge:
 * which spec was verified, what the run is doing now, and the last report.
 */
import { createSignal } from 'solid-js';
import type { GeneratedFile } from '../../generator';
import type { PackageSourceSetting } from '../../packages/web';
import { reportPassed, type CheckName, type CheckResult, type VerifyReport } from '../../verify/types';
import { PythonClient, VerificationCancelled } from './python-client';

export type Stage =
  | { kind: 'python' }
  | { kind: 'packages'; loadedBytes: number; totalBytes: number | null }
  | { kind: 'check'; name: CheckName };

export type VerifyState =
  | { phase: 'idle' }
  | { phase: 'running'; key: string; stage: Stage; results: CheckResult[]; source?: string }
  | { phase: 'done'; key: string; report: VerifyReport; passed: boolean }
  | { phase: 'cancelled'; key: string }
  | { phase: 'error'; key: string; message: string };

const SOURCE_KEY = 'backsmith.verify.source';
const readSource = (): PackageSourceSetting => {
  const stored = globalThis.localStorage?.getItem(SOURCE_KEY);
  return stored === 'self-hosted' || stored === 'cdn' ? stored : 'auto';
};

const [state, setState] = createSignal<VerifyState>({ phase: 'idle' });
const [source, setSourceSignal] = createSignal<PackageSourceSetting>(readSource());
let client: PythonClient | undefined;

export const verifyState = state;
export const packageSource = source;

export function setPackageSource(value: PackageSourceSetting): void {
  globalThis.localStorage?.setItem(SOURCE_KEY, value);
  setSourceSignal(value);
}

/** What the download badge says about the spec with key `key`. */
export function statusFor(key: string | undefined): 'verified' | 'failed' | 'running' | 'unverified' {
  const current = state();
  if (!key || current.phase === 'idle' || current.key !== key) return 'unverified';
  if (current.phase === 'running') return 'running';
  if (current.phase === 'done') return current.passed ? 'verified' : 'failed';
  return 'unverified';
}

export async function startVerification(key: string, spec: unknown, files: GeneratedFile[]): Promise<void> {
  client ??= new PythonClient();
  const results: CheckResult[] = [];
  setState({ phase: 'running', key, stage: { kind: 'python' }, results: [] });
  const update = (stage: Stage) => {
    const current = state();
    if (current.phase === 'running' && current.key === key) setState({ ...current, stage, results: [...results] });
  };
  try {
    const report = await client.verify(
      { spec, files, source: source(), appBase: new URL(import.meta.env.BASE_URL, location.href).href },
      {
        onSource: (kind) => {
          const current = state();
          if (current.phase === 'running') setState({ ...current, source: kind });
        },
        onProgress: (progress) => {
          if (progress.stage === 'checked') {
            results.push(progress.result);
            update({ kind: 'check', name: progress.result.name });
          } else if (progress.stage === 'check') update({ kind: 'check', name: progress.name });
          else if (progress.stage === 'packages') update({ kind: 'packages', ...progress });
          else update({ kind: 'python' });
        },
      },
    );
    setState({ phase: 'done', key, report, passed: reportPassed(report) });
  } catch (error) {
    if (error instanceof VerificationCancelled) setState({ phase: 'cancelled', key });
    else setState({ phase: 'error', key, message: (error as Error).message });
  }
}

export function cancelVerification(): void {
  client?.cancel();
}
