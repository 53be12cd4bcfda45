/**
 * Messages between the page and the Python worker (src/workers/python.worker.ts). Both
 * sides import these types. One verification at a time; cancelling terminates the worker.
 */
import type { GeneratedFile } from '../generator';
import type { PackageSourceSetting } from '../packages/web';
import type { VerifyProgress, VerifyReport } from '../verify/types';

export interface VerifyRequest {
  id: number;
  kind: 'verify';
  /** A spec that passed validation (the worker validates it again). */
  spec: unknown;
  files: GeneratedFile[];
  source: PackageSourceSetting;
  /** The app's base URL, absolute: where a self-hosted package folder would be. */
  appBase: string;
}

export type PythonRequest = VerifyRequest;

export type PythonResponse =
  | { id: number; kind: 'source'; source: 'self-hosted' | 'cdn'; indexURL: string }
  | { id: number; kind: 'progress'; progress: VerifyProgress }
  | { id: number; kind: 'report'; report: VerifyReport }
  | { id: number; kind: 'failed'; message: string };
