/**
 * A deterministic ZIP: entries sorted, one root folder, fixed timestamp and Unix modes,
 * so the same spec always yields byte-identical archives in the browser and the CLI.
 */
import { zipSync, type Zippable } from 'fflate';
import type { GeneratedFile } from './types';

/** 1980-01-01T00:00 local DOS time is ZIP's epoch; a later fixed date avoids tool quirks. */
const FIXED_MTIME = new Date(2000, 0, 1, 0, 0, 0);
const FILE_MODE = 0o100644;
const EXECUTABLE_MODE = 0o100755;

const isExecutable = (path: string) => path.endsWith('.sh');

export function zipProject(root: string, files: GeneratedFile[]): Uint8Array {
  const encoder = new TextEncoder();
  const entries: Zippable = {};
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    entries[`${root}/${file.path}`] = [
      encoder.encode(file.content),
      {
        mtime: FIXED_MTIME,
        os: 3,
        attrs: (isExecutable(file.path) ? EXECUTABLE_MODE : FILE_MODE) << 16,
        level: 6,
      },
    ];
  }
  return zipSync(entries);
}
