// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { clearFragment, MAX_LINK_LENGTH, readSharedSpec, shareOffer } from '../../../src/share/fragment';
import { encodeSpecPayload, shareLink } from '../../../src/share/link';

const example = readFileSync('tests/fixtures/specs/examples/users-orders.json', 'utf8');
const hashOf = (link: string) => new URL(link).hash;

describe('opening a share link', () => {
  it('does nothing without a spec in the fragment', () => {
    expect(readSharedSpec('')).toEqual({ kind: 'none' });
    expect(readSharedSpec('#section-2')).toEqual({ kind: 'none' });
  });

  it('reads a valid spec: the raw spec to store and the normalized one to describe', () => {
    const result = readSharedSpec(hashOf(shareLink(example, 'https://backsmith.example/')));
    expect(result.kind).toBe('spec');
    if (result.kind !== 'spec') return;
    expect(result.raw).toEqual(JSON.parse(example));
    expect(result.spec.project.title).toBe('Order Desk');
    expect(result.spec.entities.map((e) => e.name)).toEqual(['User', 'Customer', 'Order']);
  });

  it('refuses a payload that inflates past 1 MiB, without inflating it all', () => {
    const huge = new TextEncoder().encode(' '.repeat(2 * 1024 * 1024));
    const payload = `1.${Buffer.from(deflateSync(huge)).toString('base64url')}`;
    const result = readSharedSpec(`#spec=${payload}`);
    expect(result).toMatchObject({ kind: 'broken', message: expect.stringContaining('1 MiB') });
  });

  it.each([
    ['damaged base64', '#spec=1.@@@', 'not base64url'],
    ['not DEFLATE', `#spec=1.${Buffer.from('hello world, not deflate').toString('base64url')}`, 'damaged'],
    ['a cut link', `#spec=${encodeSpecPayload(example).slice(0, 40)}`, 'link'],
    ['an unknown version', '#spec=2.abc', 'unknown format'],
  ])('explains %s', (_label, hash, reason) => {
    const result = readSharedSpec(hash);
    expect(result.kind).toBe('broken');
    if (result.kind === 'broken') expect(result.message).toContain(reason);
  });

  it('refuses an invalid spec and names the path of each problem', () => {
    const spec = JSON.parse(example);
    spec.project.name = 'fastapi';
    const result = readSharedSpec(`#spec=${encodeSpecPayload(JSON.stringify(spec))}`);
    expect(result.kind).toBe('broken');
    if (result.kind !== 'broken') return;
    expect(result.message).toContain('project.name');
    expect(result.errors[0]!.path).toBe('project.name');
  });

  it('clears the fragment without a reload and keeps the path and query', () => {
    window.history.replaceState(null, '', '/app/?lang=en#spec=1.abc');
    clearFragment();
    expect(window.location.hash).toBe('');
    expect(`${window.location.pathname}${window.location.search}`).toBe('/app/?lang=en');
  });

  it('offers a JSON file instead of a link past 8000 characters', () => {
    expect(shareOffer(example, 'https://backsmith.example/')).toMatchObject({ kind: 'link' });
    // Text that does not compress: a linear congruential sequence in base 36.
    let seed = 42;
    const noise = (length: number) =>
      Array.from({ length }, () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % 36).toString(36)).join('');
    const big = JSON.parse(example);
    big.entities = Array.from({ length: 12 }, (_, i) => ({
      name: `Thing${i}`,
      description: noise(1000),
      fields: [{ name: `field_${i}`, type: 'string' }],
    }));
    const offer = shareOffer(JSON.stringify(big), 'https://backsmith.example/');
    expect(offer.kind).toBe('too-long');
    if (offer.kind === 'too-long') expect(offer.length).toBeGreaterThan(MAX_LINK_LENGTH);
  });
});
