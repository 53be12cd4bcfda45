import { createRequire } from 'node:module';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decodeSpecPayload,
  encodeSpecPayload,
  payloadFromHash,
  shareLink,
  ShareLinkError,
} from '../../../src/share/link';

const require = createRequire(import.meta.url);
const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

describe('share links', () => {
  it('round-trips any text, unicode included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        expect(decodeSpecPayload(encodeSpecPayload(text))).toBe(text);
      }),
    );
  });

  it('uses the documented format: fragment, version 1, base64url without padding', () => {
    const link = shareLink('{"specVersion":1}', 'https://example.com/app/');
    const url = new URL(link);
    expect(url.search).toBe('');
    expect(url.hash).toMatch(/^#spec=1\.[A-Za-z0-9_-]+$/);
    const payload = payloadFromHash(url.hash)!;
    // Independent decoding with Node's zlib: raw DEFLATE of the UTF-8 JSON.
    const raw = Buffer.from(payload.slice(2), 'base64url');
    expect(require('node:zlib').inflateRawSync(raw).toString('utf8')).toBe('{"specVersion":1}');
  });

  it('refuses a payload that inflates past 1 MiB', () => {
    const bomb = deflateSync(new Uint8Array(1024 * 1024 + 1).fill(32));
    expect(() => decodeSpecPayload(`1.${b64url(bomb)}`)).toThrow(/1 MiB/);
  });

  it('accepts a payload of exactly 1 MiB', () => {
    const text = ' '.repeat(1024 * 1024);
    expect(decodeSpecPayload(encodeSpecPayload(text))).toHaveLength(1024 * 1024);
  });

  it.each([
    ['2.abc', /unknown format "2"/],
    ['1.not base64!', /not base64url/],
    ['1.AAAA', /DEFLATE|cut short/],
    [`1.${b64url(deflateSync(new Uint8Array([0xff, 0xfe, 0x00])))}`, /UTF-8/],
  ])('explains a broken payload %s', (payload, message) => {
    expect(() => decodeSpecPayload(payload)).toThrow(ShareLinkError);
    expect(() => decodeSpecPayload(payload)).toThrow(message);
  });

  it('detects a truncated payload', () => {
    const full = encodeSpecPayload(
      JSON.stringify({ text: 'x'.repeat(5000), more: Array.from({ length: 500 }, (_, i) => i) }),
    );
    expect(() => decodeSpecPayload(full.slice(0, Math.floor(full.length / 2)))).toThrow(ShareLinkError);
  });

  it('finds the spec among other fragment parameters', () => {
    expect(payloadFromHash('#foo=1&spec=1.abc')).toBe('1.abc');
    expect(payloadFromHash('#nothing')).toBeNull();
  });
});
