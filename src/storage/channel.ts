/**
 * Tells other tabs of this app that projects changed (BroadcastChannel), so their lists
 * refresh and an open project reloads or, when it has unsaved edits, saves as a conflict.
 */

export type ChangeMessage =
  { kind: 'saved'; id: string; revision: number; tab: string } | { kind: 'deleted'; id: string; tab: string };

export interface ChangeChannel {
  post(message: ChangeMessage): void;
  subscribe(listener: (message: ChangeMessage) => void): () => void;
}

export const CHANNEL_NAME = 'backsmith-projects';

/** A channel to the other tabs; a no-op where BroadcastChannel does not exist. */
export function broadcastChannel(name = CHANNEL_NAME): ChangeChannel {
  if (typeof BroadcastChannel === 'undefined') return { post: () => {}, subscribe: () => () => {} };
  const channel = new BroadcastChannel(name);
  return {
    post: (message) => channel.postMessage(message),
    subscribe: (listener) => {
      const handler = (event: MessageEvent<ChangeMessage>) => listener(event.data);
      channel.addEventListener('message', handler);
      return () => channel.removeEventListener('message', handler);
    },
  };
}
