/**
 * Share links (spec-v1.md): `#spec=1.<base64url(raw DEFLATE(UTF-8 JSON))>`, no padding.
 * Decoding never inflates past the 1 MiB spec limit, whatever the payload claims.
 */
import { deflateSync, Inflate } from 'fflate';
import { LIMITS } from '../spec';

export const FRAGMENT_KEY = 'spec';
const VERSION_PREFIX = '1.';

export class ShareLinkError extends Error {
  override name = 'ShareLinkError';
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text))
    throw new ShareLinkError('the link is damaged: it contains characters that are not base64url');
  const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  let binary: string;
  try {
    binary = atob(padded);
  } catch {
    throw new ShareLinkError('the link is damaged: its payload is not valid base64url');
  }
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The fragment payload for a spec's JSON text (without `#spec=`). */
export function encodeSpecPayload(specJson: string): string {
  return VERSION_PREFIX + toBase64Url(deflateSync(new TextEncoder().encode(specJson), { level: 9 }));
}

function inflateCapped(data: Uint8Array, limit: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let done = false;
  const inflater = new Inflate((chunk, final) => {
    size += chunk.length;
    if (size > limit)
      throw new ShareLinkError(`the spec in this link inflates past the ${limit / 1024 / 1024} MiB limit`);
    chunks.push(chunk);
    done ||= final;
  });
  try {
    for (let i = 0; i < data.length; i += 4096) inflater.push(data.subarray(i, i + 4096), i + 4096 >= data.length);
  } catch (error) {
    if (error instanceof ShareLinkError) throw error;
    throw new ShareLinkError('the link is damaged: its payload is not valid DEFLATE data');
  }
  if (!done) throw new ShareLinkError('the link is cut short: its payload ends before the spec does');
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** The spec's JSON text from a fragment payload (`1.…`). */
export function decodeSpecPayload(payload: string): string {
  if (!payload.startsWith(VERSION_PREFIX)) {
    throw new ShareLinkError(`the link uses an unknown format "${payload.split('.')[0]}" (expected "1")`);
  }
  const bytes = inflateCapped(fromBase64Url(payload.slice(VERSION_PREFIX.length)), LIMITS.specBytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ShareLinkError('the link is damaged: its spec is not valid UTF-8 text');
  }
}

/** A full share link for a spec's JSON text. */
export function shareLink(specJson: string, base: string): string {
  const url = new URL(base);
  url.hash = `${FRAGMENT_KEY}=${encodeSpecPayload(specJson)}`;
  return url.toString();
}

/** The payload of `#spec=…` in a URL hash, or null when the hash holds no spec. */
export function payloadFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return params.get(FRAGMENT_KEY);
}
