/** Records the app could not read: explained, downloadable as they are, and deletable. */
import { For, Show } from 'solid-js';
import { exportFileName } from '../../storage';
import type { AppState } from '../state/app-state';
import { downloadText } from '../state/downloads';

export function DamagedRecords(props: { app: AppState }) {
  return (
    <Show when={props.app.damaged().length > 0}>
      <section class="panel warning" aria-labelledby="damaged-title">
        <h3 id="damaged-title">
          {props.app.damaged().length === 1 ? 'One saved project' : `${props.app.damaged().length} saved projects`}{' '}
          could not be read
        </h3>
        <p class="hint">
          The other projects are fine. Download the raw data to keep it, then delete the damaged record.
        </p>
        <ul>
          <For each={props.app.damaged()}>
            {(record) => (
              <li>
                <code>{record.key}</code>: {record.reason}.{' '}
                <button
                  type="button"
                  class="link-button"
                  onClick={() =>
                    downloadText(exportFileName(`damaged ${record.key}`), `${JSON.stringify(record.raw, null, 2)}\n`)
                  }
                >
                  Download its data
                </button>{' '}
                <button type="button" class="link-button danger" onClick={() => void props.app.removeDamaged(record)}>
                  Delete it
                </button>
              </li>
            )}
          </For>
        </ul>
      </section>
    </Show>
  );
}
