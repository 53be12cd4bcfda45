import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipProject } from '../../../src/generator/zip';

const files = [
  { path: 'b/second.py', content: 'print("b")\n' },
  { path: 'a.txt', content: 'héllo\n' },
  { path: 'scripts/run.sh', content: '#!/bin/sh\n' },
];

/** External attributes (Unix mode << 16) of each central-directory entry. */
function centralModes(zip: Uint8Array): Record<string, number> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const modes: Record<string, number> = {};
  for (let i = 0; i < zip.length - 4; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(i + 28, true);
    const name = new TextDecoder().decode(zip.subarray(i + 46, i + 46 + nameLength));
    modes[name] = view.getUint32(i + 38, true) >>> 16;
  }
  return modes;
}

describe('zipProject', () => {
  it('is byte-identical for the same files in any order', () => {
    expect(zipProject('demo', files)).toEqual(zipProject('demo', [...files].reverse()));
  });

  it('puts every entry under one root folder, sorted, with its content', () => {
    const entries = unzipSync(zipProject('demo', files));
    expect(Object.keys(entries)).toEqual(['demo/a.txt', 'demo/b/second.py', 'demo/scripts/run.sh']);
    expect(new TextDecoder().decode(entries['demo/a.txt'])).toBe('héllo\n');
  });

  it('records fixed Unix modes', () => {
    expect(centralModes(zipProject('demo', files))).toEqual({
      'demo/a.txt': 0o100644,
      'demo/b/second.py': 0o100644,
      'demo/scripts/run.sh': 0o100755,
    });
  });
});
