/** The share link of the open project, or, past the length limit, the advice to send the JSON file. */
import { createMemo, createSignal, Show } from 'solid-js';
import { downloadSpec, shareOfferFor } from '../state/actions';
import type { Editor } from '../state/editor';
import { Dialog } from './Dialog';

export function ShareDialog(props: { editor: Editor; open: boolean; onClose: () => void }) {
  const [status, setStatus] = createSignal('');
  const offer = createMemo(() => (props.open ? shareOfferFor(props.editor) : undefined));
  let input!: HTMLInputElement;
  const copy = async (url: string) => {
    try {
      await navigator.clipboard.writeText(url);
      setStatus('Link copied.');
    } catch {
      input.select();
      setStatus('Copying was not allowed: the link is selected, press Ctrl+C.');
    }
  };
  return (
    <Dialog open={props.open} title="Share this project" onClose={props.onClose}>
      <Show when={offer()}>
        {(o) => (
          <Show
            when={o().kind === 'link' && (o() as { url: string }).url}
            fallback={
              <>
                <p>
                  This spec is too large for a link ({(o() as { length: number }).length.toLocaleString('en')}{' '}
                  characters; links over 8,000 break in many apps). Send the spec as a JSON file instead: it opens with
                  “Import” on the project list.
                </p>
                <button type="button" class="button button-primary" onClick={() => downloadSpec(props.editor)}>
                  Download spec (JSON)
                </button>
              </>
            }
          >
            {(url) => (
              <>
                <p>The whole spec travels in the link’s fragment: it never reaches a server.</p>
                <label for="share-url">Link</label>
                <div class="row nowrap">
                  <input id="share-url" ref={input} readOnly value={url()} onFocus={(e) => e.currentTarget.select()} />
                  <button type="button" class="button button-primary" onClick={() => copy(url())}>
                    Copy link
                  </button>
                </div>
                <p class="hint" role="status">
                  {status()}
                </p>
              </>
            )}
          </Show>
        )}
      </Show>
    </Dialog>
  );
}
