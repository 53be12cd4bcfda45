/**
 * Opening a share link: what the page's fragment holds, checked as spec-v1.md says (a
 * payload that inflates past 1 MiB or fails validation is refused with the reason), and
 * clearing the fragment once the link has been dealt with.
 */
import { formatSpecError, parseSpecText, type Spec, type SpecError } from '../spec';
import { decodeSpecPayload, payloadFromHash, shareLink, ShareLinkError } from './link';

export type SharedSpec =
  | { kind: 'none' }
  | { kind: 'broken'; message: string; errors: SpecError[] }
  | { kind: 'spec'; raw: Record<string, unknown>; spec: Spec };

/** Reads `#spec=…`; never throws. */
export function readSharedSpec(hash: string): SharedSpec {
  const payload = payloadFromHash(hash);
  if (payload === null) return { kind: 'none' };
  let text: string;
  try {
    text = decodeSpecPayload(payload);
  } catch (error) {
    const reason = error instanceof ShareLinkError ? error.message : 'the link could not be read';
    return { kind: 'broken', message: `This share link cannot be opened: ${reason}.`, errors: [] };
  }
  const result = parseSpecText(text);
  if (!result.ok) {
    const first = result.errors[0];
    const reason = first ? formatSpecError(first) : 'it is not a valid spec';
    return { kind: 'broken', message: `The spec in this share link is not valid: ${reason}`, errors: result.errors };
  }
  return { kind: 'spec', raw: JSON.parse(text) as Record<string, unknown>, spec: result.spec };
}

/** Removes the fragment from the address without a reload or a new history entry. */
export function clearFragment(win: Pick<Window, 'location' | 'history'> = window): void {
  const { pathname, search } = win.location;
  win.history.replaceState(win.history.state, '', `${pathname}${search}`);
}

/** Links longer than this are unreliable in chat apps, mail clients and some browsers. */
export const MAX_LINK_LENGTH = 8000;

export type ShareOffer = { kind: 'link'; url: string } | { kind: 'too-long'; length: number };

/** A link for the spec, or the advice to send it as a file when the link would be too long. */
export function shareOffer(specJson: string, base: string, maxLength = MAX_LINK_LENGTH): ShareOffer {
  const url = shareLink(specJson, base);
  return url.length > maxLength ? { kind: 'too-long', length: url.length } : { kind: 'link', url };
}
