/** The manifest and the templates folder must describe the same set of files. */
import { describe, expect, it } from 'vitest';
import { manifest } from '../../../src/generator/manifest/index';
import { templateNames } from '../../../src/generator/render';

describe('manifest', () => {
  it('names every template exactly once, and only templates that exist', () => {
    const inManifest = manifest.map((rule) => rule.template).sort();
    expect(new Set(inManifest).size).toBe(inManifest.length);
    expect(inManifest).toEqual(templateNames());
  });

  it('uses __entity__ exactly in per-entity rules', () => {
    for (const rule of manifest)
      expect(rule.template.includes('__entity__'), rule.template).toBe(Boolean(rule.perEntity));
  });
});
